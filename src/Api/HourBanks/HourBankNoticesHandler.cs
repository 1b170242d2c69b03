using JasperFx.Events;

namespace Milestone.Api.HourBanks;

/// <summary>
/// E-mails about a bank, sent through the outbox once the ledger entry is committed. A low balance goes to
/// the MSP's administrators and account managers who look after the client, and to the client's own
/// administrators; a request for more hours is a task for those staff alone.
/// </summary>
public static class HourBankNoticesHandler
{
    public static async Task<OutgoingMessages> Handle(IEvent<HourBankLowBalanceReached> e, IQuerySession session, CancellationToken cancellation)
    {
        var alert = e.Data;
        var client = await ClientNameAsync(session, alert.ClientId, cancellation);
        var recipients = await RecipientsAsync(session, alert.ClientId, includeClientAdmins: true, cancellation);
        return Emails(recipients, $"Hour bank running low: {client}", person => $"""
            Hello {person.Name},

            {client}'s hour bank is down to {Hours(alert.BalanceMinutes)}, at or below its low-balance threshold of {Hours(alert.ThresholdMinutes)}.
            Time logged beyond the balance is billed as overage. To top it up, buy a block of hours or ask your account manager.
            """);
    }

    public static async Task<OutgoingMessages> Handle(IEvent<MoreHoursRequested> e, IQuerySession session, CancellationToken cancellation)
    {
        var asked = e.Data;
        var client = await ClientNameAsync(session, asked.ClientId, cancellation);
        var asker = (await session.LoadAsync<PersonAccount>(asked.By, cancellation))?.Name ?? "Someone";
        var recipients = await RecipientsAsync(session, asked.ClientId, includeClientAdmins: false, cancellation);
        return Emails(recipients, $"More hours requested: {client}", person => $"""
            Hello {person.Name},

            {asker} asked for {Hours(asked.RequestedMinutes)} more on {client}'s hour bank.
            {(asked.Note.Length > 0 ? $"Their note: {asked.Note}" : "They left no note.")}

            Nothing has been credited yet: record a purchase or an adjustment once it is agreed.
            """);
    }

    private static async Task<string> ClientNameAsync(IQuerySession session, Guid clientId, CancellationToken cancellation) =>
        (await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation))?.Name ?? "A client";

    private static async Task<IReadOnlyList<PersonAccount>> RecipientsAsync(IQuerySession session, Guid clientId, bool includeClientAdmins, CancellationToken cancellation)
    {
        var people = await session.Query<PersonAccount>()
            .Where(person => person.Status == PersonStatus.Active
                && (person.Role == Role.Admin || person.Role == Role.AccountManager || (person.Role == Role.ClientAdmin && person.ClientId == clientId)))
            .ToListAsync(cancellation);
        return [.. people.Where(person => person.Role switch
        {
            Role.Admin => true,
            Role.AccountManager => person.ClientScope is null || person.ClientScope.Contains(clientId),
            _ => includeClientAdmins,
        })];
    }

    private static OutgoingMessages Emails(IEnumerable<PersonAccount> recipients, string subject, Func<PersonAccount, string> body) =>
        [.. recipients.Select(person => new SendEmail(Guid.NewGuid(), person.Email, subject, body(person)))];

    private static string Hours(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{(minutes < 0 ? "-" : string.Empty)}{Math.Abs(minutes) / 60}h {Math.Abs(minutes) % 60:00}m");
}
