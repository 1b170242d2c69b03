namespace Milestone.Api.HourBanks;

/// <summary>
/// Opens a client's bank. Worklogs draw a bank from the moment it is open; time logged before then is not
/// posted, because nobody had agreed a price or an increment for it. The bank counts days and months in the
/// client's time zone as it is at opening; moving the client later does not move the bank's month ends. Opening starts
/// the closing of the client's billing months.
/// </summary>
public sealed record OpenHourBank(Guid ClientId, string Currency, HourBankTermsInput Terms, Actor Actor) : IHourBankCommand;

public static class OpenHourBankHandler
{
    public static async Task<(IStartStream, OutgoingMessages)> Handle(
        OpenHourBank command, IDocumentSession session, IOptions<Billing.BillingSettings> billing, TimeProvider time, CancellationToken cancellation)
    {
        var client = await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation);
        var bankId = HourBank.IdFor(command.ClientId);
        var opened = HourBank.Open(
            command.Actor,
            bankId,
            command.ClientId,
            command.Terms.BillingIncrementMinutes,
            command.Terms.OverageRatePerHour,
            command.Currency,
            client?.TimeZone,
            command.Terms.LowBalanceThreshold.ToThreshold(),
            time.GetUtcNow(),
            alreadyOpen: await session.Events.FetchStreamStateAsync(bankId, cancellation) is not null);
        var calendar = new BankCalendar(opened.TimeZone);
        return (MartenOps.StartStream<HourBank>(bankId, opened), [.. Billing.BillingMonthDue.Scheduled(command.ClientId, calendar.MonthOf(opened.At), calendar, billing.Value, opened.At)]);
    }
}
