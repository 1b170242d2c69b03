using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Projections.Requests;
using Wolverine;

namespace Milestone.Api.Requests;

public static class RequestMutations
{
    public static void AddRequestMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SubmitRequestPayloadType>>("submitRequest")
            .Description("Submit a new request on behalf of the acting client.")
            .Argument<NonNullGraphType<SubmitRequestInputType>>("input")
            .ResolveAsync(async context =>
            {
                var acting = context.ActingParty();
                var input = context.GetArgument<SubmitRequestInput>("input");
                var requestId = Guid.CreateVersion7(context.Service<TimeProvider>().GetUtcNow());
                var command = new SubmitRequest(requestId, acting.ClientId, acting.UserId, input.Title, input.Description, input.Urgency);

                await context.Service<IMessageBus>().InvokeAsync(command, context.CancellationToken);

                await using var session = context.OpenQuerySession();
                var request = await session.LoadAsync<RequestDetails>(requestId, context.CancellationToken);
                return new SubmitRequestPayload(request!);
            });
    }
}
