using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Projections.Requests;
using Wolverine;

namespace Milestone.Api.Requests;

/// <summary>
/// Mutations that move an existing request along. Each names the version the caller last saw; a stale
/// one answers CONFLICT with <c>extensions.currentVersion</c>.
/// </summary>
public static class RequestChangeMutations
{
    public static void AddRequestChangeMutations(this ObjectGraphType mutation)
    {
        Change(mutation, "startWork", "Begin work on a submitted request, or resume it after waiting on the client.", [],
            (context, actor, id, version) => new StartWork(id, version, actor));
        Change(mutation, "waitOnClient", "Put the request on hold until the client answers; SLA clocks pause.", [Reason()],
            (context, actor, id, version) => new WaitOnClient(id, version, actor, context.GetArgument<string>("reason")));
        Change(mutation, "completeRequest", "Mark the work done. With open work items, staff must give overrideReason.",
            [new QueryArgument<StringGraphType> { Name = "overrideReason" }],
            (context, actor, id, version) => new CompleteRequest(id, version, actor, context.GetArgument<string?>("overrideReason")));
        Change(mutation, "cancelRequest", "Withdraw an open request: its submitter, their client admin, or staff.", [Reason()],
            (context, actor, id, version) => new CancelRequest(id, version, actor, context.GetArgument<string>("reason")));
        Change(mutation, "reopenRequest", "Open a completed request again: its client within the reopen window, staff at any time.", [Reason()],
            (context, actor, id, version) => new ReopenRequest(id, version, actor, context.GetArgument<string>("reason")));
        Change(mutation, "addWorkItem", "Add a child task to the request.",
            [new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "title" }, new QueryArgument<IdGraphType> { Name = "assigneeId" }],
            (context, actor, id, version) => new AddWorkItem(
                id, version, actor, Guid.CreateVersion7(context.Now()), context.GetArgument<string>("title"), context.GuidArgument("assigneeId")));
        Change(mutation, "completeWorkItem", "Mark a work item done.",
            [new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "workItemId" }],
            (context, actor, id, version) => new CompleteWorkItem(id, version, actor, context.GuidArgument("workItemId") ?? Guid.Empty));
    }

    private static QueryArgument Reason() => new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "reason" };

    private static void Change(
        ObjectGraphType mutation,
        string name,
        string description,
        QueryArgument[] arguments,
        Func<IResolveFieldContext, Actor, Guid, int, object> command)
    {
        var field = mutation.Field<NonNullGraphType<RequestType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The version of the request the caller last saw.");
        foreach (var argument in arguments)
        {
            field.FieldType.Arguments!.Add(argument);
        }

        field.ResolveAsync(async context =>
        {
            var caller = context.Caller();
            var requestId = await VisibleRequestId(context, caller);
            var actor = new Actor(caller.PersonId, caller.Role, caller.ClientId);
            try
            {
                await context.Service<IMessageBus>().InvokeAsync(
                    command(context, actor, requestId, context.GetArgument<int>("version")), context.CancellationToken);
            }
            catch (JasperFx.ConcurrencyException)
            {
                throw await StaleVersion(context, requestId);
            }

            await using var session = context.OpenQuerySession();
            return await session.LoadAsync<RequestDetails>(requestId, context.CancellationToken);
        });
    }

    private static async Task<Guid> VisibleRequestId(IResolveFieldContext context, Caller caller)
    {
        var id = context.GuidArgument("requestId");
        await using var session = context.OpenQuerySession();
        return id is not null && await session.RequestsVisibleTo(caller).AnyAsync(request => request.Id == id, context.CancellationToken)
            ? id.Value
            : throw Refusals.NotFound("request");
    }

    private static async Task<CodedError> StaleVersion(IResolveFieldContext context, Guid requestId)
    {
        await using var session = context.OpenQuerySession();
        var current = await session.LoadAsync<RequestDetails>(requestId, context.CancellationToken);
        return new CodedError(
            ErrorCodes.Conflict,
            "The request changed since you loaded it; reload it and try again.",
            new Dictionary<string, object?> { ["currentVersion"] = current?.Version });
    }
}
