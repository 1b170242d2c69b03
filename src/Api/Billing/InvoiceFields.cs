using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>Invoices (issue #24): staff draft, issue, record payments and void; a client's administrators see the issued ones.</summary>
public static class InvoiceFields
{
    public static void AddInvoiceQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvoiceType>>>>("invoices").ListSize(50)
            .Description("A client's invoices, newest first: every one for staff who work with the client, the issued ones for the client's administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<ListGraphType<NonNullGraphType<InvoiceStatusType>>>("status")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var clientId = await context.VisibleClientIdAsync(caller, context.GetArgument<string>("clientId"));
                var statuses = context.GetArgument<InvoiceStatus[]?>("status") ?? [];
                await using var session = context.OpenQuerySession();
                var invoices = await session.Query<Invoice>().Where(invoice => invoice.ClientId == clientId).OrderByDescending(invoice => invoice.DraftedAt)
                    .ToListAsync(context.CancellationToken);
                var actor = caller.AsActor();
                return invoices.Where(invoice => invoice.IsVisibleTo(actor) && (statuses.Length == 0 || statuses.Contains(invoice.Status))).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillingBalanceType>>>>("billingOverview").ListSize(3)
            .Description("A client's outstanding and overdue amounts and last payment, per currency: for staff who work with the client and its administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .PermittedTo(caller => caller.IsStaff || caller.Role == Role.ClientAdmin, "see the client's billing")
            .ResolveAsync(async context =>
            {
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                await using var session = context.OpenQuerySession();
                var invoices = await session.Query<Invoice>().Where(invoice => invoice.ClientId == clientId).ToListAsync(context.CancellationToken);
                return BillingBalance.Of(invoices);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnappliedProviderPaymentType>>>>("unappliedPayments").ListSize(20)
            .Description("Payments the provider confirmed that no invoice took (already paid, voided, another currency, more than owed), newest first, "
                + "for staff to refund or credit. Administrators and account managers, for the clients they look after.")
            .PermittedTo(caller => caller.Role.MayBill(), "see unapplied payments")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller().AsActor();
                await using var session = context.OpenQuerySession();
                var unapplied = await session.Query<UnappliedProviderPayment>().OrderByDescending(payment => payment.ReceivedAt).Take(200).ToListAsync(context.CancellationToken);
                return unapplied.Where(payment => actor.StaffScope is null || payment.ClientId is { } clientId && actor.WorksWith(clientId)).ToList();
            });

        query.Field<InvoiceType>("invoice")
            .Description("One invoice; NOT_FOUND when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                return Guid.TryParse(context.GetArgument<string>("id"), out var id)
                    && await session.LoadAsync<Invoice>(id, context.CancellationToken) is { } invoice && invoice.IsVisibleTo(caller.AsActor())
                        ? invoice
                        : throw Refusals.NotFound("invoice");
            });
    }

    public static void AddInvoiceMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InvoiceType>>("draftInvoice")
            .Description("Start an invoice for a client; only staff see it until it is issued. Administrators and account managers.")
            .Argument<NonNullGraphType<DraftInvoiceInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((DraftInvoice command) => context.LoadAsync<Invoice>(command.InvoiceId)));

        mutation.Field<NonNullGraphType<ClientOrganisationType>>("setClientBillingTerms")
            .Description("The tax rate and payment terms the client's new invoices start with. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<DecimalGraphType>>("taxRatePercent")
            .Argument<NonNullGraphType<IntGraphType>>("paymentTermsDays")
            .ResolveAsync(context => context.ChangedAsync((SetClientBillingTerms command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId)));

        mutation.Field<NonNullGraphType<ClientOrganisationType>>("setClientRates")
            .Description("What the client's time costs while it has no hour bank, from now on. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<ClientRatesInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((SetClientRates command) => context.LoadAsync<ClientOrganisationDetails>(command.ClientId)));

        mutation.Field<InvoiceType>("closeBillingMonth")
            .Description("Close a month that is over: one draft invoice for the blocks, allocations, overage or pay-as-you-go time up to its end that no standing invoice bills yet. Null when there was nothing to bill; closing again answers the same. Administrators and account managers.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", argument => argument.Description = "The month's first day.")
            .ResolveAsync(context => context.ChangedAsync(async (CloseBillingMonth command) =>
                await context.LoadAsync<ClientOrganisationDetails>(command.ClientId) is { } client
                && client.ClosedBillingMonths.FirstOrDefault(closed => closed.Month == command.Month)?.InvoiceId is { } invoiceId
                    ? await context.LoadAsync<Invoice>(invoiceId)
                    : null));

        mutation.Field<NonNullGraphType<InvoiceType>>("addInvoiceLine")
            .Description("Add a line to a draft.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .Argument<NonNullGraphType<InvoiceLineInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((AddInvoiceLine command) => context.LoadAsync<Invoice>(command.InvoiceId)));

        mutation.Field<NonNullGraphType<InvoiceType>>("removeInvoiceLine")
            .Description("Take a line off a draft.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .Argument<NonNullGraphType<IdGraphType>>("lineId")
            .ResolveAsync(context => context.ChangedAsync((RemoveInvoiceLine command) => context.LoadAsync<Invoice>(command.InvoiceId)));

        mutation.Field<NonNullGraphType<InvoiceType>>("issueInvoice")
            .Description("Number and date a draft (in the client's time zone) and make it due after its payment terms; it no longer changes. Issuing again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .ResolveAsync(context => context.ChangedAsync((IssueInvoice command) => context.LoadAsync<Invoice>(command.InvoiceId)));

        mutation.Field<NonNullGraphType<InvoiceType>>("recordInvoicePayment")
            .Description("Record money received against an issued invoice.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .Argument<NonNullGraphType<InvoicePaymentInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((RecordInvoicePayment command) => context.LoadAsync<Invoice>(command.InvoiceId)));

        mutation.Field<NonNullGraphType<InvoiceType>>("voidInvoice")
            .Description("Cancel a draft or an unpaid invoice, with a reason; it keeps its number. One with payments is credited on the next instead.")
            .Argument<NonNullGraphType<IdGraphType>>("invoiceId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(context => context.ChangedAsync((VoidInvoice command) => context.LoadAsync<Invoice>(command.InvoiceId)));
    }
}
