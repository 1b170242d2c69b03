using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
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
            (context, actor, request, version) => Task.FromResult<object>(new StartWork(request.Id, version, actor)));
        Change(mutation, "waitOnClient", "Put the request on hold until the client answers; SLA clocks pause.", [Reason()],
            (context, actor, request, version) => Task.FromResult<object>(new WaitOnClient(request.Id, version, actor, context.GetArgument<string>("reason"))));
        Change(mutation, "completeRequest", "Mark the work done. With open work items, staff must give overrideReason.",
            [new QueryArgument<StringGraphType> { Name = "overrideReason" }],
            (context, actor, request, version) => Task.FromResult<object>(new CompleteRequest(request.Id, version, actor, context.GetArgument<string?>("overrideReason"))));
        Change(mutation, "cancelRequest", "Withdraw an open request: its submitter, their client admin, or staff.", [Reason()],
            (context, actor, request, version) => Task.FromResult<object>(new CancelRequest(request.Id, version, actor, context.GetArgument<string>("reason"))));
        Change(mutation, "reopenRequest", "Open a completed request again: its client within the reopen window, staff at any time.", [Reason()],
            (context, actor, request, version) => Task.FromResult<object>(new ReopenRequest(request.Id, version, actor, context.GetArgument<string>("reason"))));
        Change(mutation, "addWorkItem", "Add a child task to the request.",
            [new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "title" }, new QueryArgument<IdGraphType> { Name = "assigneeId" }],
            async (context, actor, request, version) => new AddWorkItem(
                request.Id, version, actor, Guid.CreateVersion7(context.Now()), context.GetArgument<string>("title"), await Assignee(context, request)));
        Change(mutation, "completeWorkItem", "Mark a work item done.",
            [new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "workItemId" }],
            (context, actor, request, version) => Task.FromResult<object>(new CompleteWorkItem(request.Id, version, actor, context.GuidArgument("workItemId") ?? Guid.Empty)));
        Change(mutation, "assignRequest", "Give the request to an agent, or leave out assigneeId to unassign it.",
            [new QueryArgument<IdGraphType> { Name = "assigneeId" }],
            async (context, actor, request, version) => new AssignRequest(request.Id, version, actor, await Assignee(context, request)));
        Change(mutation, "changeUrgency", "Raise or lower the urgency, saying why. SLA targets follow from this moment.",
            [new QueryArgument<NonNullGraphType<UrgencyType>> { Name = "urgency" }, Reason()],
            (context, actor, request, version) => Task.FromResult<object>(
                new ChangeUrgency(request.Id, version, actor, context.GetArgument<Urgency>("urgency"), context.GetArgument<string>("reason"))));
        Change(mutation, "categoriseRequest", "Say what kind of work (service or category) this is.",
            [new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "category" }],
            (context, actor, request, version) => Task.FromResult<object>(new CategoriseRequest(request.Id, version, actor, context.GetArgument<string>("category"))));
        Change(mutation, "editRequestDetails", "The submitter rewords the request, until work begins.",
            [new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "title" }, new QueryArgument<StringGraphType> { Name = "description" }],
            (context, actor, request, version) => Task.FromResult<object>(
                new EditRequestDetails(request.Id, version, actor, context.GetArgument<string>("title"), context.GetArgument<string?>("description"))));
        Change(mutation, "shareRequest", "Let another person of the same client follow the request.",
            [new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "personId" }],
            async (context, actor, request, version) => new ShareRequest(request.Id, version, actor, await ClientPerson(context, request)));
        Change(mutation, "unshareRequest", "Stop sharing the request with a person.",
            [new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "personId" }],
            async (context, actor, request, version) => new UnshareRequest(request.Id, version, actor, await ClientPerson(context, request)));
    }

    private static QueryArgument Reason() => new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "reason" };

    private static void Change(
        ObjectGraphType mutation,
        string name,
        string description,
        QueryArgument[] arguments,
        Func<IResolveFieldContext, Actor, RequestDetails, int, Task<object>> command)
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
            var request = await context.VisibleRequestAsync(caller);
            var actor = caller.AsActor();
            var version = request.StreamVersionFor(caller, context.GetArgument<int>("version")) ?? throw StaleVersion(caller, request);
            var change = await command(context, actor, request, version);
            try
            {
                await context.Service<IMessageBus>().InvokeAsync(change, context.CancellationToken);
            }
            catch (JasperFx.ConcurrencyException)
            {
                await using var reread = context.OpenQuerySession();
                throw StaleVersion(caller, await reread.LoadAsync<RequestDetails>(request.Id, context.CancellationToken) ?? request);
            }

            await using var session = context.OpenQuerySession();
            return await session.LoadAsync<RequestDetails>(request.Id, context.CancellationToken);
        });
    }

    /// <summary>An assignee is delivery staff the caller can see, and who can see the request's client.</summary>
    private static async Task<Guid?> Assignee(IResolveFieldContext context, RequestDetails request)
    {
        if (context.GetArgument<string?>("assigneeId") is null)
        {
            return null;
        }

        var caller = context.Caller();
        if (!caller.Role.IsOperationalStaff())
        {
            throw Refusals.Forbidden("assign work");
        }

        var id = context.GuidArgument("assigneeId");
        await using var session = context.OpenQuerySession();
        var assignee = await session.PeopleVisibleTo(caller).FirstOrDefaultAsync(person => person.Id == id, context.CancellationToken)
            ?? throw Refusals.NotFound("person");
        var worksForClient = assignee.ClientScope is null || assignee.ClientScope.Contains(request.ClientId);
        return assignee.Role.IsOperationalStaff() && assignee.Status == PersonStatus.Active && worksForClient
            ? assignee.Id
            : throw Refusals.Invalid("assigneeId", "Assign requests to active delivery staff who work for this client.");
    }

    /// <summary>A request is shared only with people of its own client.</summary>
    private static async Task<Guid> ClientPerson(IResolveFieldContext context, RequestDetails request)
    {
        var id = context.GuidArgument("personId");
        await using var session = context.OpenQuerySession();
        var person = await session.PeopleVisibleTo(context.Caller())
            .FirstOrDefaultAsync(candidate => candidate.Id == id && candidate.ClientId == request.ClientId, context.CancellationToken);
        return person?.Id ?? throw Refusals.NotFound("person");
    }

    private static CodedError StaleVersion(Caller caller, RequestDetails current) => new(
        ErrorCodes.Conflict,
        "The request changed since you loaded it; reload it and try again.",
        new Dictionary<string, object?> { ["currentVersion"] = current.VersionSeenBy(caller) });
}
