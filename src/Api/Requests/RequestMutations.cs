using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Organisations;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Projections.Requests;
using Wolverine;

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
                var caller = context.Caller();
                if (!caller.Role.MaySubmitRequests())
                {
                    throw Refusals.Forbidden("submit requests");
                }

                var input = context.GetArgument<SubmitRequestInput>("input");
                var clientId = await ClientOfNewRequest(context, caller, input);
                var requestId = Guid.CreateVersion7(context.Now());
                var command = new SubmitRequest(requestId, clientId, caller.PersonId, input.Title, input.Description, input.Urgency, input.IdempotencyKey);

                try
                {
                    await context.Service<IMessageBus>().InvokeAsync(command, context.CancellationToken);
                }
                catch (JasperFx.DocumentAlreadyExistsException) when (input.IdempotencyKey is not null)
                {
                    // The same key raced in at the same moment; the submission that won is the answer.
                }

                await using var session = context.OpenQuerySession();
                var submitted = input.IdempotencyKey is { } key
                    ? (await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(caller.PersonId, key), context.CancellationToken))!.RequestId
                    : requestId;
                var request = await session.LoadAsync<RequestDetails>(submitted, context.CancellationToken);
                return new SubmitRequestPayload(request!);
            });
    }

    private static async Task<Guid> ClientOfNewRequest(IResolveFieldContext context, Caller caller, SubmitRequestInput input)
    {
        if (!caller.IsStaff)
        {
            return input.ClientId is null || Guid.TryParse(input.ClientId, out var named) && named == caller.ClientId
                ? caller.ClientId!.Value
                : throw Refusals.NotFound("client");
        }

        return !Guid.TryParse(input.ClientId, out _)
            ? throw Refusals.Invalid("clientId", "Staff name the client the request is for.")
            : await context.VisibleClientIdAsync(caller, input.ClientId);
    }
}
