using JasperFx.Events;
using Milestone.Domain.Billing;
using Milestone.Projections.Requests;
using Milestone.Projections.Worklogs;

namespace Milestone.Api.Billing;

/// <summary>
/// Close a client's month for billing: one draft invoice for everything up to the month's end that no standing invoice
/// bills yet (decision 0048). Its time zone is the bank's, else the client's; closing a month again changes nothing.
/// </summary>
public sealed record CloseBillingMonth(Guid ClientId, DateOnly Month, Actor Actor) : IClientOrganisationChange
{
    public Guid BankId => HourBank.IdFor(ClientId);
}

public static class CloseBillingMonthHandler
{
    /// <summary>Worklogs post to the bank while the month closes; a close that loses the race reads the ledger again.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<OutgoingMessages> Handle(
        CloseBillingMonth command,
        [WriteAggregate(nameof(CloseBillingMonth.ClientId))] IEventStream<ClientOrganisationDetails> client,
        [WriteAggregate(nameof(CloseBillingMonth.BankId), Required = false)] IEventStream<HourBank> bank,
        IDocumentSession session,
        IOptions<BillingSettings> billing,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var now = time.GetUtcNow();
        var details = client.Aggregate!;
        var calendar = bank.Aggregate?.Calendar ?? new BankCalendar(details.TimeZone);
        if (!BillingMonth.RequireClosable(command.Actor, details.Id, details.CreatedAt, details.ClosedBillingMonths, command.Month, calendar, now))
        {
            return [];
        }

        var invoiceId = BillingMonth.InvoiceIdFor(details.Id, command.Month);
        var invoices = await session.Query<Invoice>().Where(invoice => invoice.ClientId == details.Id).ToListAsync(cancellation);
        var billed = BilledEntries.On(invoices);
        var (lines, currency) = bank.Aggregate is { } hourBank
            ? await FromLedgerAsync(bank, hourBank, billed, command, invoiceId, session, now, cancellation)
            : await FromWorklogsAsync(details, billed, command, invoiceId, session, cancellation);
        client.AppendOne(BillingMonth.Closed(details.Id, command.Month, lines, command.Actor, now));
        OutgoingMessages next = [.. BillingMonthDue.Scheduled(details.Id, command.Month.AddMonths(1), calendar, billing.Value, now)];
        if (lines.Count == 0)
        {
            return next;
        }

        var (taxRatePercent, paymentTermsDays) = SetClientBillingTermsHandler.TermsOf(details, billing.Value);
        var drafted = Invoice.Draft(invoiceId, details.Id, details.TimeZone, currency, taxRatePercent, paymentTermsDays, command.Actor, now);
        var invoice = Invoice.Evolve(null, drafted)!;
        var events = new List<object> { drafted };
        foreach (var line in lines)
        {
            var added = invoice.AddLine(command.Actor, line.LineId, line.Description, line.Quantity, line.UnitPrice, now, line.Bills).Single();
            invoice = Invoice.Evolve(invoice, added)!;
            events.Add(added);
        }

        session.Events.StartStream<Invoice>(invoiceId, [.. events]);
        return next;
    }

    private static async Task<(IReadOnlyList<ClosingLine> Lines, string Currency)> FromLedgerAsync(
        IEventStream<HourBank> bank, HourBank hourBank, BilledEntries billed, CloseBillingMonth command, Guid invoiceId, IQuerySession session, DateTimeOffset now, CancellationToken cancellation)
    {
        var ledger = await session.Events.FetchStreamAsync(hourBank.Id, version: hourBank.Version, token: cancellation);
        var (lines, bankEvents) = HourBankMonthClose.Close([.. ledger.Select(e => e.Data)], billed, command.Month, invoiceId, command.Actor, now);
        bank.AppendMany(bankEvents);
        return (lines, hourBank.Currency);
    }

    private static async Task<(IReadOnlyList<ClosingLine> Lines, string Currency)> FromWorklogsAsync(
        ClientOrganisationDetails client, BilledEntries billed, CloseBillingMonth command, Guid invoiceId, IQuerySession session, CancellationToken cancellation)
    {
        if (client.Rates is not { } rates)
        {
            return ([], string.Empty);
        }

        var history = await session.Events.FetchStreamAsync(client.Id, version: client.Version, token: cancellation);
        var lastDay = Months.LastDay(command.Month);
        var worklogs = await session.Query<WorklogView>().Where(worklog => worklog.ClientId == client.Id && worklog.WorkDate <= lastDay).ToListAsync(cancellation);
        var requests = await session.LoadManyAsync<RequestDetails>(cancellation, worklogs.Select(worklog => worklog.RequestId).Distinct());
        var agents = await session.LoadManyAsync<PersonAccount>(cancellation, worklogs.Select(worklog => worklog.AgentId).Distinct());
        var categories = requests.ToDictionary(request => request.Id, request => request.Category);
        var roles = agents.ToDictionary(agent => agent.Id, agent => agent.Role);
        var work = worklogs.Select(worklog => new BillableWork(
                worklog.Id,
                worklog.RequestId,
                categories.GetValueOrDefault(worklog.RequestId),
                roles.GetValueOrDefault(worklog.AgentId, Role.Agent),
                worklog.WorkDate,
                worklog.Minutes,
                worklog.Billable,
                worklog.DeletedAt is not null))
            .ToList();
        var lines = PayAsYouGoMonthClose.Close(work, [.. history.Select(e => e.Data).OfType<ClientRatesSet>()], billed, client.TimeZone, command.Month, invoiceId);
        return (lines, rates.Currency);
    }
}
