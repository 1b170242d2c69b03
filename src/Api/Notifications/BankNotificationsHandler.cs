using JasperFx.Events;

namespace Milestone.Api.Notifications;

/// <summary>Follows hour banks (<see cref="NotificationRouting.BankQueue"/>): a low balance, and a client asking for more hours.</summary>
public static class BankNotificationsHandler
{
    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(
        IEvent<HourBankLowBalanceReached> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var reached = e.Data;
        var client = await RequestNotificationsHandler.ClientNameAsync(session, reached.ClientId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfLowBalance(reached.ClientId, await AccountPeopleAsync(session, reached.ClientId, cancellation)),
            _ => NotificationTexts.OfLowBalance(client, reached.BalanceMinutes, reached.ThresholdMinutes), reached.ClientId, requestId: null, time.GetUtcNow(), cancellation);
    }

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(
        IEvent<MoreHoursRequested> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var asked = e.Data;
        var client = await RequestNotificationsHandler.ClientNameAsync(session, asked.ClientId, cancellation);
        var asker = await RequestNotificationsHandler.NameOfAsync(session, asked.By, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfMoreHoursRequested(asked.ClientId, asked.By, await AccountPeopleAsync(session, asked.ClientId, cancellation)),
            _ => NotificationTexts.OfMoreHoursRequested(client, asker, asked.RequestedMinutes, asked.Note), asked.ClientId, requestId: null, time.GetUtcNow(), cancellation);
    }

    /// <summary>Administrators and executives work with every client, whatever scope is recorded for them.</summary>
    public static Recipient RecipientOf(PersonAccount person) =>
        new(person.Id, person.Role, person.ClientId, person.Role is Role.Admin or Role.Executive ? null : person.ClientScope);

    /// <summary>The MSP's administrators and account managers, and the client's own administrators: everyone a client's account news may reach.</summary>
    public static async Task<IEnumerable<Recipient>> AccountPeopleAsync(IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        (await session.Query<PersonAccount>()
            .Where(person => person.Status == PersonStatus.Active
                && (person.Role == Role.Admin || person.Role == Role.AccountManager || (person.Role == Role.ClientAdmin && person.ClientId == clientId)))
            .ToListAsync(cancellation))
        .Select(RecipientOf);
}
