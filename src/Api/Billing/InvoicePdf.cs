using Milestone.Domain.Billing;

namespace Milestone.Api.Billing;

/// <summary>An invoice as the client files it: issuer, client, dates, lines, tax, totals and how to pay, on A4 pages.</summary>
public static class InvoicePdf
{
    private const double Left = 50;

    private const double Right = 545;

    private const double Bottom = 780;

    private const int DescriptionWidth = 58;

    public static byte[] Write(Invoice invoice, string clientName, BillingSettings issuer)
    {
        var pdf = new PdfDocument();
        pdf.NewPage();
        var title = invoice.Number is { } number ? $"Invoice {number}" : "Draft invoice";
        pdf.Text(Left, 70, title, PdfDocument.Font.Bold, 18);
        if (invoice.Status == InvoiceStatus.Void)
        {
            pdf.Text(Left, 90, $"VOID: {invoice.VoidReason}", PdfDocument.Font.Bold, 11);
        }

        var y = 120.0;
        pdf.Text(Left, y, issuer.IssuerName, PdfDocument.Font.Bold);
        pdf.Text(320, y, "Bill to", PdfDocument.Font.Bold);
        pdf.Text(320, y + 14, clientName);
        foreach (var (line, index) in issuer.IssuerAddress.Select((line, index) => (line, index)))
        {
            pdf.Text(Left, y + 14 + (index * 14), line);
        }

        y += 28 + (Math.Max(issuer.IssuerAddress.Length, 1) * 14);
        pdf.Text(Left, y, $"Issued on: {Day(invoice.IssuedOn)}");
        pdf.Text(200, y, $"Due on: {Day(invoice.DueOn)}");
        pdf.Text(350, y, $"Currency: {invoice.Currency}");
        y += 30;

        y = Header(pdf, y);
        foreach (var line in invoice.Lines)
        {
            var wrapped = Wrapped(line.Description);
            if (y + (wrapped.Count * 13) > Bottom)
            {
                pdf.NewPage();
                y = Header(pdf, 60);
            }

            pdf.RightAligned(370, y, Quantity(line.Quantity));
            pdf.RightAligned(455, y, Amount(line.UnitPrice));
            pdf.RightAligned(Right, y, Amount(line.Amount));
            foreach (var part in wrapped)
            {
                pdf.Text(Left, y, part);
                y += 13;
            }

            y += 3;
        }

        if (y + 110 > Bottom)
        {
            pdf.NewPage();
            y = 60;
        }

        pdf.Rule(Left, Right, y);
        y += 16;
        foreach (var (label, amount, bold) in new[]
        {
            ("Subtotal", invoice.Subtotal, false),
            ($"Tax {invoice.TaxRatePercent.ToString("0.###", CultureInfo.InvariantCulture)} %", invoice.Tax, false),
            ("Total", invoice.Total, true),
            ("Paid", invoice.Paid, false),
            ("Outstanding", invoice.Outstanding, true),
        })
        {
            pdf.Text(340, y, label, bold ? PdfDocument.Font.Bold : PdfDocument.Font.Regular);
            pdf.RightAligned(Right, y, $"{Amount(amount)} {invoice.Currency}");
            y += 15;
        }

        y += 15;
        foreach (var part in Wrapped(issuer.PaymentInstructions, 90))
        {
            if (y > Bottom)
            {
                pdf.NewPage();
                y = 60;
            }

            pdf.Text(Left, y, part, size: 9);
            y += 12;
        }

        return pdf.Write(title);
    }

    public static string Amount(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Quantity(decimal quantity) => quantity.ToString("#,##0.####", CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "not yet";

    private static double Header(PdfDocument pdf, double y)
    {
        pdf.Text(Left, y, "Description", PdfDocument.Font.Bold);
        pdf.Text(330, y, "Quantity", PdfDocument.Font.Bold);
        pdf.Text(405, y, "Unit price", PdfDocument.Font.Bold);
        pdf.Text(500, y, "Amount", PdfDocument.Font.Bold);
        pdf.Rule(Left, Right, y + 5);
        return y + 20;
    }

    /// <summary>The text in lines of at most <paramref name="width"/> characters, broken between words.</summary>
    private static List<string> Wrapped(string text, int width = DescriptionWidth)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SelectMany(word => word.Chunk(width).Select(chunk => new string(chunk))))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (current.Length > 0)
        {
            lines.Add(current.ToString());
        }

        return lines;
    }
}
