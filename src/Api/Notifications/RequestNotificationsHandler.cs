using JasperFx.Events;

namespace Milestone.Api.Notifications;

/// <summary>
/// Follows requests (<see cref="NotificationRouting.RequestQueue"/>) and tells people what concerns them, as
/// <see cref="NotificationAudience"/> decides: replies, status changes, assignments and SLA targets at risk or breached.
/// Reads the request as it stands when the event is followed, so someone no longer shared it is no longer told.
/// </summary>
public static class RequestNotificationsHandler
{
    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<MessagePosted> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var posted = e.Data;
        if (posted.Internal || await session.LoadAsync<RequestDetails>(posted.RequestId, cancellation) is not { } request)
        {
            return Notifier.Nobody;
        }

        var author = await NameOfAsync(session, posted.AuthorId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfMessage(posted, PartiesOf(request)), kind => NotificationTexts.OfMessage(kind, request, author, posted.Body),
            request.ClientId, request.Id, time.GetUtcNow(), cancellation);
    }

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<WorkStarted> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.StartedBy, RequestStatus.InProgress, reason: null, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<WaitingOnClientStarted> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.By, RequestStatus.WaitingOnClient, e.Data.Reason, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<WorkResumed> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.ResumedBy, RequestStatus.InProgress, reason: null, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<RequestCompleted> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.CompletedBy, RequestStatus.Completed, reason: null, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<RequestCancelled> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.CancelledBy, RequestStatus.Cancelled, e.Data.Reason, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<RequestReopened> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        StatusChangedAsync(e, e.Data.ReopenedBy, RequestStatus.InProgress, e.Data.Reason, session, time, cancellation);

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<RequestAssigned> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var assigned = e.Data;
        if (await session.LoadAsync<RequestDetails>(assigned.RequestId, cancellation) is not { } request)
        {
            return Notifier.Nobody;
        }

        var client = await ClientNameAsync(session, request.ClientId, cancellation);
        var assigner = await NameOfAsync(session, assigned.AssignedBy, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfAssignment(assigned), _ => NotificationTexts.OfAssignment(request, client, assigner),
            request.ClientId, request.Id, time.GetUtcNow(), cancellation);
    }

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<SlaAtRisk> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        SlaTargetAsync(e, NotificationKind.SlaAtRisk, e.Data.RequestId, e.Data.Kind, e.Data.DueAt, session, time, cancellation);

    public static Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<SlaBreached> e, IQuerySession session, TimeProvider time, CancellationToken cancellation) =>
        SlaTargetAsync(e, NotificationKind.SlaBreached, e.Data.RequestId, e.Data.Kind, dueAt: null, session, time, cancellation);

    private static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> StatusChangedAsync(
        IEvent e, Guid by, RequestStatus status, string? reason, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        if (await session.LoadAsync<RequestDetails>(((IRequestEvent)e.Data).RequestId, cancellation) is not { } request)
        {
            return Notifier.Nobody;
        }

        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfStatusChange(by, PartiesOf(request)), _ => NotificationTexts.OfStatusChange(request, status, reason),
            request.ClientId, request.Id, time.GetUtcNow(), cancellation);
    }

    private static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> SlaTargetAsync(
        IEvent e, NotificationKind kind, Guid requestId, SlaTargetKind target, DateTimeOffset? dueAt, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        if (await session.LoadAsync<RequestDetails>(requestId, cancellation) is not { } request)
        {
            return Notifier.Nobody;
        }

        var staff = await session.Query<PersonAccount>()
            .Where(person => person.Status == PersonStatus.Active && (person.Role == Role.Agent || person.Role == Role.TeamLead || person.Role == Role.AccountManager))
            .ToListAsync(cancellation);
        var client = await ClientNameAsync(session, request.ClientId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfSlaTarget(kind, request.ClientId, staff.Select(BankNotificationsHandler.RecipientOf)),
            _ => NotificationTexts.OfSlaTarget(kind, request, client, target, dueAt), request.ClientId, request.Id, time.GetUtcNow(), cancellation);
    }

    private static RequestParties PartiesOf(RequestDetails request) => new(request.Id, request.ClientId, request.SubmittedBy, request.SharedWith, request.AssigneeId);

    public static async Task<string> NameOfAsync(IQuerySession session, Guid personId, CancellationToken cancellation) =>
        (await session.LoadAsync<PersonAccount>(personId, cancellation))?.Name ?? "Someone";

    public static async Task<string> ClientNameAsync(IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        (await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation))?.Name ?? "A client";
}
