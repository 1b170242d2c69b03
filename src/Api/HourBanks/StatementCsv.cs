namespace Milestone.Api.HourBanks;

/// <summary>
/// A monthly statement as RFC 4180 CSV (UTF-8, CRLF, a header row): an opening row, one row per ledger line,
/// a closing row. Minutes are exact and sum to the closing balance; hours are minutes ÷ 60 to two places, for
/// reading only. Instants are UTC; <c>local_date</c> is the day in the bank's time zone.
/// </summary>
public static class StatementCsv
{
    public static readonly string[] Header =
    [
        "entry", "at_utc", "local_date", "minutes", "hours", "overage_minutes", "balance_minutes", "balance_hours",
        "credit_id", "worklog_id", "request_id", "agent_id", "category", "work_date", "logged_minutes", "multiplier", "credits_drawn", "note",
    ];

    public static byte[] Write(MonthlyStatement statement)
    {
        var calendar = new BankCalendar(statement.TimeZone);
        var text = new StringBuilder();
        Row(text, Header);
        var balance = statement.Opening.Remaining;
        Row(text, Total("Opening", calendar.Start(statement.Month), calendar, statement.Opening));
        foreach (var line in statement.Lines)
        {
            balance += line.Minutes;
            Row(text, [
                line.Entry.ToString(), Instant(line.At), Day(calendar.Today(line.At)), Number(line.Minutes), Hours(line.Minutes), Number(line.OverageMinutes),
                Number(balance), Hours(balance), Id(line.CreditId), Id(line.WorklogId), Id(line.RequestId), Id(line.AgentId), CsvFields.Text(line.Category),
                line.WorkDate is { } workDate ? Day(workDate) : string.Empty, line.LoggedMinutes is { } logged ? Number(logged) : string.Empty,
                line.Multiplier is { } multiplier ? multiplier.ToString("0.##", CultureInfo.InvariantCulture) : string.Empty,
                string.Join(' ', line.Draws.Select(draw => $"{draw.CreditId:D}:{Number(draw.Minutes)}")), CsvFields.Text(line.Note),
            ]);
        }

        Row(text, Total("Closing", calendar.End(statement.Month), calendar, statement.Closing));
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The opening and closing rows: the balance and the overage owed at that instant.</summary>
    private static string[] Total(string entry, DateTimeOffset at, BankCalendar calendar, HourBankBalance balance) =>
    [
        entry, Instant(at), Day(calendar.Today(at)), Number(balance.Remaining), Hours(balance.Remaining), Number(balance.Overage),
        Number(balance.Remaining), Hours(balance.Remaining), "", "", "", "", "", "", "", "", "", "",
    ];

    private static void Row(StringBuilder text, IEnumerable<string> fields) =>
        text.AppendJoin(',', fields.Select(CsvFields.Quoted)).Append("\r\n");

    private static string Number(int minutes) => minutes.ToString(CultureInfo.InvariantCulture);

    private static string Hours(int minutes) => Math.Round(minutes / 60m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(Guid? id) => id?.ToString("D") ?? string.Empty;
}
