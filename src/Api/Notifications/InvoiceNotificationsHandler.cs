using JasperFx.Events;
using Milestone.Domain.Billing;

namespace Milestone.Api.Notifications;

/// <summary>
/// Follows invoices (<see cref="NotificationRouting.InvoiceQueue"/>): drafted by a month's close, to the account's staff;
/// issued, to the client's administrators; overdue, to them and the account's staff.
/// </summary>
public static class InvoiceNotificationsHandler
{
    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<InvoiceIssued> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var issued = e.Data;
        if (await session.LoadAsync<Invoice>(issued.InvoiceId, cancellation) is not { } invoice)
        {
            return Notifier.Nobody;
        }

        var client = await RequestNotificationsHandler.ClientNameAsync(session, issued.ClientId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfInvoiceIssued(issued.ClientId, await BankNotificationsHandler.AccountPeopleAsync(session, issued.ClientId, cancellation)),
            _ => NotificationTexts.OfInvoiceIssued(issued.Number, client, issued.Total, invoice.Currency, issued.DueOn), issued.ClientId, requestId: null, time.GetUtcNow(), cancellation);
    }

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<BillingMonthClosed> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var closed = e.Data;
        if (closed.InvoiceId is not { } invoiceId || await session.LoadAsync<Invoice>(invoiceId, cancellation) is not { Status: InvoiceStatus.Draft } invoice)
        {
            return Notifier.Nobody;
        }

        var client = await RequestNotificationsHandler.ClientNameAsync(session, closed.ClientId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfInvoiceDrafted(closed.ClosedBy, closed.ClientId, await BankNotificationsHandler.AccountPeopleAsync(session, closed.ClientId, cancellation)),
            _ => NotificationTexts.OfInvoiceDrafted(client, closed.Month, invoice.Subtotal, invoice.Currency, invoice.Lines.Count), closed.ClientId, requestId: null, time.GetUtcNow(), cancellation);
    }

    public static async Task<(IEnumerable<IMartenOp>, OutgoingMessages)> Handle(IEvent<InvoiceFellOverdue> e, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        var overdue = e.Data;
        if (await session.LoadAsync<Invoice>(overdue.InvoiceId, cancellation) is not { Number: { } number } invoice)
        {
            return Notifier.Nobody;
        }

        var client = await RequestNotificationsHandler.ClientNameAsync(session, overdue.ClientId, cancellation);
        return await Notifier.NotifyAsync(
            session, e, NotificationAudience.OfInvoiceOverdue(overdue.ClientId, await BankNotificationsHandler.AccountPeopleAsync(session, overdue.ClientId, cancellation)),
            _ => NotificationTexts.OfInvoiceOverdue(number, client, overdue.Outstanding, invoice.Currency, overdue.DueOn), overdue.ClientId, requestId: null, time.GetUtcNow(), cancellation);
    }
}
