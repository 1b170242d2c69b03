namespace Milestone.Api.Tests.HourBanks;

[Collection(Collections.HourBanks)]
public sealed class StatementExportTests(HourBankApp app)
{
    private const string Statement = """
        query($c: ID!, $m: String!) {
          hourBankStatement(clientId: $c, month: $m) { timeZone opening { remainingMinutes overageMinutes } closing { remainingMinutes overageMinutes } lines { entry minutes overageMinutes note } reconciles }
        }
        """;

    [Fact]
    public async Task A_client_downloads_its_statement_as_CSV_that_reconciles_with_the_statement()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 120);
        await app.LogAsync(scene, 7);
        await app.LogAsync(scene, 100);
        await app.Host.GraphQLAsync(HourBankScenes.Adjust, new { clientId = scene.ClientId, minutes = 30, reason = "=goodwill, \"as agreed\"\nby phone" }, scene.Admin);
        var month = new BankCalendar("Europe/London").MonthOf(app.Clock.GetUtcNow()).ToString("yyyy-MM");

        var (status, body, headers) = await app.Host.DownloadAsync(scene.ClientAdmin, $"/clients/{scene.ClientId}/hour-bank/statements/{month}.csv");
        var statement = (await app.Host.GraphQLAsync(Statement, new { c = scene.ClientId, m = month }, scene.ClientAdmin)).Data("hourBankStatement");

        Assert.Equal(200, status);
        Assert.StartsWith("text/csv", headers.ContentType.ToString());
        Assert.StartsWith($"attachment; filename=hour-bank-statement-{month}.csv;", headers.ContentDisposition.ToString());
        var text = Encoding.UTF8.GetString(body);
        Assert.EndsWith("\r\n", text);
        var rows = Csv(text);
        var header = rows[0];
        var (opening, lines, closing) = (rows[1], rows[2..^1], rows[^1]);
        string Field(string[] row, string column) => row[Array.IndexOf(header, column)];
        int Minutes(string[] row, string column) => int.Parse(Field(row, column), System.Globalization.CultureInfo.InvariantCulture);

        Assert.All(rows, row => Assert.Equal(header.Length, row.Length));
        Assert.Equal(("Opening", "Closing"), (Field(opening, "entry"), Field(closing, "entry")));
        Assert.Equal(statement.GetProperty("opening").Minutes("remainingMinutes"), Minutes(opening, "minutes"));
        Assert.Equal(statement.GetProperty("closing").Minutes("remainingMinutes"), Minutes(closing, "minutes"));
        Assert.Equal(120 - 15 - 105 + 30, Minutes(closing, "minutes"));
        Assert.Equal("0.50", Field(closing, "hours"));
        Assert.Equal(Minutes(opening, "minutes") + lines.Sum(line => Minutes(line, "minutes")), Minutes(closing, "minutes"));
        Assert.Equal(Minutes(closing, "minutes"), Minutes(lines[^1], "balance_minutes"));
        Assert.Equal(
            statement.GetProperty("lines").EnumerateArray().Select(line => (Entry(line), line.Minutes("minutes"), line.Minutes("overageMinutes"))),
            lines.Select(line => (Field(line, "entry"), Minutes(line, "minutes"), Minutes(line, "overage_minutes"))));
        Assert.Equal("'=goodwill, \"as agreed\"\nby phone", Field(lines[^1], "note"));
        Assert.True(statement.GetProperty("reconciles").GetBoolean());
    }

    [Fact]
    public async Task Another_clients_statement_is_not_found_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 120);
        var neighbour = await app.ClientUserAsync(Role.ClientAdmin, "Globex");
        var before = await app.CountEventsAsync();

        var (status, body, _) = await app.Host.DownloadAsync(neighbour, $"/clients/{scene.ClientId}/hour-bank/statements/{app.Today():yyyy-MM}.csv");

        Assert.Equal(404, status);
        Assert.Equal("NOT_FOUND", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    private static string Entry(JsonElement line) => line.GetProperty("entry").GetString() switch
    {
        "OVERAGE_REPAID" => nameof(StatementEntry.OverageRepaid),
        "ROLLED_OVER" => nameof(StatementEntry.RolledOver),
        var entry => entry![..1] + entry[1..].ToLowerInvariant(),
    };

    /// <summary>RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static string[][] Csv(string text)
    {
        var (rows, row, field, quoted) = (new List<string[]>(), new List<string>(), new StringBuilder(), false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                rows.Add([.. row]);
                (row, field) = (new List<string>(), new StringBuilder());
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return [.. rows];
    }
}
