namespace Milestone.Api.Requests;

public static class RequestMutations
{
    public static void AddRequestMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitRequestPayloadType>>("submitRequest")
            .Description("Submit a new request: client users for their own organisation, staff on behalf of the client they name.")
            .Argument<NonNullGraphType<SubmitRequestInputType>>("input")
            .ResolveAsync(async context =>
            {
                var command = context.Command<SubmitRequest>();
                await context.InvokeAsync(command);
                await using var session = context.OpenQuerySession();
                var request = await session.LoadAsync<RequestDetails>(await command.SubmittedRequestIdAsync(session, context.CancellationToken), context.CancellationToken);
                return new SubmitRequestPayload(request!);
            });
    }
}
