using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>An invoice's lines for a spreadsheet, with the totals below them; amounts in the invoice's currency, invariant format.</summary>
public static class InvoiceCsv
{
    public static readonly string[] Header = ["invoice", "line_id", "description", "quantity", "unit_price", "amount", "currency"];

    public static byte[] Write(Invoice invoice)
    {
        var text = new StringBuilder();
        Row(text, Header);
        var number = invoice.Number ?? string.Empty;
        foreach (var line in invoice.Lines)
        {
            Row(text, [number, line.LineId.ToString("D"), CsvFields.Text(line.Description), Number(line.Quantity), Number(line.UnitPrice), Money(line.Amount), invoice.Currency]);
        }

        Row(text, [number, string.Empty, "Subtotal", string.Empty, string.Empty, Money(invoice.Subtotal), invoice.Currency]);
        Row(text, [number, string.Empty, $"Tax {Number(invoice.TaxRatePercent)} %", string.Empty, string.Empty, Money(invoice.Tax), invoice.Currency]);
        Row(text, [number, string.Empty, "Total", string.Empty, string.Empty, Money(invoice.Total), invoice.Currency]);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(CsvFields.Quoted)).Append("\r\n");
}
