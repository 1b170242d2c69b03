namespace Milestone.Domain.Billing;

/// <summary>
/// The MSP's invoice numbers, one stream for all of them: issuing appends here under the stream's version, so two
/// invoices issued at once cannot take one number, and a number is only ever taken by an invoice that was issued.
/// </summary>
public sealed record InvoiceNumbering(Guid Id, IReadOnlyDictionary<int, int> LastByYear)
{
    public static readonly Guid StreamId = NameBasedGuid.Create(Guid.Parse("6d1f4e8a-3b52-4c7e-9a0f-2e5b8c1d7f34"), "invoice-numbering");

    /// <summary>Before the first invoice is issued.</summary>
    public static readonly InvoiceNumbering Unused = new(StreamId, new Dictionary<int, int>());

    public static InvoiceNumbering Evolve(InvoiceNumbering? state, object @event) => @event switch
    {
        InvoiceNumberTaken taken => (state ?? Unused) with
        {
            LastByYear = new Dictionary<int, int>((state ?? Unused).LastByYear) { [taken.Year] = taken.Sequence },
        },
        _ => state ?? Unused,
    };

    public InvoiceNumberTaken Take(int year, Guid invoiceId, DateTimeOffset now)
    {
        var sequence = LastByYear.GetValueOrDefault(year) + 1;
        return new InvoiceNumberTaken(Id, year, sequence, string.Create(CultureInfo.InvariantCulture, $"INV-{year}-{sequence:0000}"), invoiceId, now);
    }
}
