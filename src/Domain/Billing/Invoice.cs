namespace Milestone.Domain.Billing;

/// <summary>
/// One invoice to one client, one stream: drafted and edited by staff, then issued with a number, paid in one or more
/// payments, overdue once its due date passes in the client's zone with money owed, or voided. An issued invoice never
/// changes its lines or amounts.
/// </summary>
public sealed partial record Invoice(
    Guid Id,
    Guid ClientId,
    string Currency,
    decimal TaxRatePercent,
    int PaymentTermsDays,
    string TimeZone,
    DateTimeOffset DraftedAt)
{
    public const int MaxLines = 200;

    public const int DescriptionMaxLength = 500;

    public const int MaxPaymentTermsDays = 365;

    public InvoiceStatus Status { get; init; } = InvoiceStatus.Draft;

    public IReadOnlyList<InvoiceLine> Lines { get; init; } = [];

    public string? Number { get; init; }

    public DateOnly? IssuedOn { get; init; }

    public DateOnly? DueOn { get; init; }

    public IReadOnlyList<InvoicePayment> Payments { get; init; } = [];

    public string? VoidReason { get; init; }

    public int Version { get; set; }

    public decimal Subtotal => Lines.Sum(line => line.Amount);

    public decimal Tax => Money.Cents(Subtotal * TaxRatePercent / 100m);

    public decimal Total => Subtotal + Tax;

    public decimal Paid => Payments.Sum(payment => payment.Amount);

    public decimal Outstanding => Status is InvoiceStatus.Draft or InvoiceStatus.Void ? 0 : Total - Paid;

    /// <summary>The first moment after the due date, in the client's zone: when the invoice falls overdue if still owed.</summary>
    public DateTimeOffset? OverdueAt => DueOn?.AddDays(1).ToDateTime(TimeOnly.MinValue) is { } dayAfter
        ? LocalDateTime.FromDateTime(dayAfter).InZoneLeniently(DateTimeZoneProviders.Tzdb[TimeZone]).ToDateTimeOffset().ToUniversalTime()
        : null;

    public static Invoice? Evolve(Invoice? state, object @event) => @event switch
    {
        InvoiceDrafted drafted => new Invoice(
            drafted.InvoiceId, drafted.ClientId, drafted.Currency, drafted.TaxRatePercent, drafted.PaymentTermsDays, drafted.TimeZone, drafted.DraftedAt),
        InvoiceLineAdded added => state! with { Lines = [.. state.Lines, added.Line] },
        InvoiceLineRemoved removed => state! with { Lines = [.. state.Lines.Where(line => line.LineId != removed.LineId)] },
        InvoiceIssued issued => state! with { Status = InvoiceStatus.Issued, Number = issued.Number, IssuedOn = issued.IssuedOn, DueOn = issued.DueOn },
        InvoicePaymentRecorded recorded => state! with
        {
            Payments = [.. state.Payments, recorded.Payment],
            Status = recorded.Outstanding == 0 ? InvoiceStatus.Paid : state.Status == InvoiceStatus.Overdue ? InvoiceStatus.Overdue : InvoiceStatus.PartiallyPaid,
        },
        InvoiceFellOverdue => state! with { Status = InvoiceStatus.Overdue },
        InvoiceVoided voided => state! with { Status = InvoiceStatus.Void, VoidReason = voided.Reason },
        _ => state,
    };

    public static InvoiceDrafted Draft(
        Guid invoiceId, Guid clientId, string? clientTimeZone, string currency, decimal taxRatePercent, int paymentTermsDays, Actor actor, DateTimeOffset now)
    {
        RequireMayBill(actor, clientId, clientTimeZone is not null);
        var code = Currencies.Active(currency) ?? throw new CommandRejected(Rejection.Invalid, "A currency is an ISO 4217 code in use, such as EUR or USD.", "currency");
        RequireValidTerms(taxRatePercent, paymentTermsDays);
        return new InvoiceDrafted(invoiceId, clientId, code, taxRatePercent, paymentTermsDays, clientTimeZone!, actor.PersonId, now);
    }

    /// <summary>A tax rate from 0 to 100 % to three decimals, and payment terms of 0 to 365 days.</summary>
    public static void RequireValidTerms(decimal taxRatePercent, int paymentTermsDays)
    {
        if (taxRatePercent is < 0 or > 100 || decimal.Round(taxRatePercent, 3) != taxRatePercent)
        {
            throw new CommandRejected(Rejection.Invalid, "A tax rate is a percentage from 0 to 100, to at most three decimals.", "taxRatePercent");
        }

        if (paymentTermsDays is < 0 or > MaxPaymentTermsDays)
        {
            throw new CommandRejected(Rejection.Invalid, $"Payment terms are 0 to {MaxPaymentTermsDays} days.", "paymentTermsDays");
        }
    }

    public IEnumerable<object> AddLine(
        Actor actor, Guid lineId, string description, decimal quantity, decimal unitPrice, DateTimeOffset now, IReadOnlyList<BilledEntry>? bills = null)
    {
        RequireEditableBy(actor);
        if (Lines.Any(line => line.LineId == lineId))
        {
            return [];
        }

        RequestRules.RequireText(description, "description", DescriptionMaxLength, "Describe the line.");
        if (quantity <= 0 || decimal.Round(quantity, 4) != quantity)
        {
            throw new CommandRejected(Rejection.Invalid, "A quantity is more than 0, to at most four decimals.", "quantity");
        }

        if (decimal.Round(unitPrice, 4) != unitPrice || Math.Abs(unitPrice) > 10_000_000m)
        {
            throw new CommandRejected(Rejection.Invalid, "A unit price is at most 10,000,000 either way, to at most four decimals.", "unitPrice");
        }

        if (Lines.Count >= MaxLines)
        {
            throw new CommandRejected(Rejection.Invalid, $"An invoice has at most {MaxLines} lines.");
        }

        return [new InvoiceLineAdded(Id, ClientId, new InvoiceLine(lineId, description.Trim(), quantity, unitPrice, Money.Cents(quantity * unitPrice), bills), actor.PersonId, now)];
    }

    public IEnumerable<object> RemoveLine(Actor actor, Guid lineId, DateTimeOffset now)
    {
        RequireEditableBy(actor);
        return Lines.Any(line => line.LineId == lineId)
            ? [new InvoiceLineRemoved(Id, ClientId, lineId, actor.PersonId, now)]
            : throw new CommandRejected(Rejection.NotFound, "There is no such line on this invoice.", "lineId");
    }

    /// <summary>Issuing numbers the invoice from <paramref name="numbering"/> and dates it in the client's zone; issuing again changes nothing.</summary>
    public (InvoiceIssued Issued, InvoiceNumberTaken Number)? Issue(Actor actor, InvoiceNumbering numbering, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireMayBill(actor, ClientId, clientExists: true);
        if (Status != InvoiceStatus.Draft)
        {
            return Status == InvoiceStatus.Void ? throw new CommandRejected(Rejection.Conflict, "This invoice was voided.") : null;
        }

        if (Lines.Count == 0)
        {
            throw new CommandRejected(Rejection.Invalid, "Add a line before issuing the invoice.");
        }

        if (Total < 0)
        {
            throw new CommandRejected(Rejection.Invalid, "An invoice does not total less than nothing; credit on the next one instead.");
        }

        var issuedOn = DateOnly.FromDateTime(Instant.FromDateTimeOffset(now).InZone(DateTimeZoneProviders.Tzdb[TimeZone]).Date.ToDateTimeUnspecified());
        var number = numbering.Take(issuedOn.Year, Id, now);
        return (new InvoiceIssued(Id, ClientId, number.Number, issuedOn, issuedOn.AddDays(PaymentTermsDays), Subtotal, Tax, Total, actor.PersonId, now), number);
    }

    /// <summary>A payment recorded twice (the same <paramref name="paymentId"/>) counts once; more than is owed is refused.</summary>
    public IEnumerable<object> RecordPayment(Actor actor, Guid paymentId, decimal amount, DateOnly paidOn, string method, string reference, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireMayBill(actor, ClientId, clientExists: true);
        if (Payments.Any(payment => payment.PaymentId == paymentId))
        {
            return [];
        }

        if (Status is InvoiceStatus.Draft or InvoiceStatus.Void or InvoiceStatus.Paid)
        {
            throw new CommandRejected(Rejection.Conflict, Status == InvoiceStatus.Paid ? "This invoice is paid in full." : $"A {Status.ToString().ToLowerInvariant()} invoice takes no payments.");
        }

        if (amount <= 0 || Money.Cents(amount) != amount || amount > Outstanding)
        {
            throw new CommandRejected(Rejection.Invalid, $"Pay more than 0 and at most the {Outstanding:0.00} {Currency} outstanding, in cents.", "amount");
        }

        RequestRules.RequireText(method, "method", 50, "Say how it was paid.");
        var payment = new InvoicePayment(paymentId, amount, paidOn, method.Trim(), reference.Trim());
        return [new InvoicePaymentRecorded(Id, ClientId, payment, Outstanding - amount, actor.PersonId, now)];
    }

    /// <summary>What the overdue timer decides when it fires: only an invoice still owed past its due date falls overdue, once.</summary>
    public IEnumerable<object> FallOverdue(DateTimeOffset now) =>
        Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid && OverdueAt is { } overdueAt && now >= overdueAt && Outstanding > 0
            ? [new InvoiceFellOverdue(Id, ClientId, DueOn!.Value, Outstanding, now)]
            : [];

    /// <summary>A draft or an unpaid invoice is voided with a reason; one with payments is credited instead.</summary>
    public IEnumerable<object> Void(Actor actor, string reason, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireMayBill(actor, ClientId, clientExists: true);
        if (Status == InvoiceStatus.Void)
        {
            return [];
        }

        if (Payments.Count > 0)
        {
            throw new CommandRejected(Rejection.Conflict, "Money was paid against this invoice; credit it on the next one instead of voiding it.");
        }

        RequestRules.RequireReason(reason);
        return [new InvoiceVoided(Id, ClientId, reason.Trim(), actor.PersonId, now)];
    }

    /// <summary>Staff who work with the client see its invoices; the client's administrators see those issued, never drafts.</summary>
    public bool IsVisibleTo(Actor actor) =>
        actor.IsStaff ? actor.WorksWith(ClientId) : actor.Role == Role.ClientAdmin && actor.ClientId == ClientId && Status != InvoiceStatus.Draft;

    public static CommandRejected NoSuchInvoice() => new(Rejection.NotFound, "There is no such invoice.", "invoiceId");

    private void RequireEditableBy(Actor actor)
    {
        RequireVisibleTo(actor);
        RequireMayBill(actor, ClientId, clientExists: true);
        if (Status != InvoiceStatus.Draft)
        {
            throw new CommandRejected(Rejection.Conflict, "Only a draft changes; this invoice was issued or voided.");
        }
    }

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchInvoice();
        }
    }

    private static void RequireMayBill(Actor actor, Guid clientId, bool clientExists)
    {
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientId");
        }

        if (!actor.Role.MayBill())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators and account managers handle invoices.");
        }
    }
}
