using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>An invoice downloaded as the client files it: a PDF that poppler's pdftotext reads back, and a CSV of its lines.</summary>
[Collection(Collections.HourBanks)]
public sealed class InvoiceDocumentsTests(HourBankApp app)
{
    [Fact]
    [Trait(TestKinds.Trait, TestKinds.Process)]
    public async Task The_pdf_shows_the_issuer_the_client_the_lines_and_the_totals_to_a_pdf_reader()
    {
        var (clientAdmin, invoiceId, number) = await IssuedAsync("Paper Trail Ltd", "Support (remote) \\ “priority” block €");

        var (status, pdf, headers) = await app.Host.DownloadAsync(clientAdmin, $"/invoices/{invoiceId}.pdf");
        var text = await PdfTextAsync(pdf);

        Assert.Equal((200, "application/pdf"), (status, headers.ContentType.ToString()));
        Assert.Contains($"Invoice {number}", text);
        Assert.Contains("Paper Trail Ltd", text);
        Assert.Contains("Support (remote) \\ “priority” block €", text);
        Assert.Contains("1,142.50 GBP", text);
        Assert.Contains("228.50 GBP", text);
        Assert.Contains("1,371.00 GBP", text);
        Assert.Matches(@"Outstanding\s+1,371.00 GBP", text);
    }

    [Fact]
    public async Task The_csv_lists_the_lines_and_totals_kept_from_spreadsheet_formulas_and_another_client_finds_nothing()
    {
        var (clientAdmin, invoiceId, number) = await IssuedAsync("Sheets Ltd", "=HYPERLINK(\"http://evil.example\")");
        var neighbour = await app.ClientUserAsync(Role.ClientAdmin, "Neighbour Ltd");

        var (status, csv, _) = await app.Host.DownloadAsync(clientAdmin, $"/invoices/{invoiceId}.csv");
        var (pdfForNeighbour, _, _) = await app.Host.DownloadAsync(neighbour, $"/invoices/{invoiceId}.pdf");
        var (csvForNeighbour, _, _) = await app.Host.DownloadAsync(neighbour, $"/invoices/{invoiceId}.csv");
        var (missing, _, _) = await app.Host.DownloadAsync(clientAdmin, $"/invoices/{Guid.NewGuid()}.pdf");

        var rows = Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, status);
        Assert.Equal("invoice,line_id,description,quantity,unit_price,amount,currency", rows[0]);
        Assert.Contains(rows, row => row.StartsWith($"{number},", StringComparison.Ordinal) && row.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",1,1000,1000.00,GBP", StringComparison.Ordinal));
        Assert.Equal($"{number},,Total,,,1371.00,GBP", rows[^1]);
        Assert.Equal((404, 404, 404), (pdfForNeighbour, csvForNeighbour, missing));
    }

    private async Task<(SignedIn ClientAdmin, string InvoiceId, string Number)> IssuedAsync(string clientName, string firstDescription)
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, clientName);
        var invoiceId = (await app.Host.GraphQLAsync(
            "mutation($input: DraftInvoiceInput!) { draftInvoice(input: $input) { id } }",
            new { input = new { clientId = clientAdmin.ClientId, currency = "GBP", taxRatePercent = 20m, paymentTermsDays = 30 } },
            admin)).Data("draftInvoice").GetProperty("id").GetString()!;
        foreach (var (description, quantity, unitPrice) in new[] { (firstDescription, 1m, 1000m), ("Overage", 1.5m, 95m) })
        {
            (await app.Host.GraphQLAsync(
                "mutation($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { id } }",
                new { invoiceId, input = new { lineId = Guid.NewGuid(), description, quantity, unitPrice } },
                admin)).Data("addInvoiceLine");
        }

        var number = (await app.Host.GraphQLAsync("mutation($invoiceId: ID!) { issueInvoice(invoiceId: $invoiceId) { number } }", new { invoiceId }, admin))
            .Data("issueInvoice").GetProperty("number").GetString()!;
        return (clientAdmin, invoiceId, number);
    }

    /// <summary>The text poppler's pdftotext reads from the file, laid out as on the page.</summary>
    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"invoice-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0 && errors.Length == 0, $"pdftotext could not read the invoice: {errors}");
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
