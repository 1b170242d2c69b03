namespace Milestone.FaultSuite;

/// <summary>
/// The asynchronous reporting tables as the faults left them, against figures computed from the event store
/// and from what the clients were told: a rebuild compared with itself cannot tell that an event was applied
/// twice or skipped by the live projection, these can. Read before the rebuild replaces the tables.
/// </summary>
public static class ReportingInvariants
{
    private const string FaultSuiteRequests = "SELECT (data->>'requestId')::uuid FROM milestone.mt_events WHERE type = 'request_submitted' AND data->>'title' LIKE 'Fault suite %'";

    private const string LoggedMinutesAgainstEvents = $"""
        FROM ({FaultSuiteRequests}) AS suite(request_id)
        LEFT JOIN reporting.requests r USING (request_id)
        LEFT JOIN (SELECT (data->>'requestId')::uuid AS request_id, sum((data->>'minutes')::int) AS minutes
                     FROM milestone.mt_events WHERE type = 'work_logged' GROUP BY 1) logged USING (request_id)
        WHERE r.logged_minutes IS DISTINCT FROM coalesce(logged.minutes, 0)
        """;

    public static async Task<IReadOnlyList<Check>> CheckAsync(Verification database, IReadOnlyCollection<Acknowledged> acknowledged)
    {
        int Acknowledged(params string[] kinds) => acknowledged.Count(a => kinds.Contains(a.Kind));

        return
        [
            new("requests whose reporting.requests.logged_minutes differs from their work_logged events", 0, await database.ScalarAsync($"SELECT count(*) {LoggedMinutesAgainstEvents}"), await database.TextAsync(
                $"SELECT string_agg(request_id || ': ' || coalesce(reported::text, 'no row') || ' against ' || logged, '; ') FROM (SELECT request_id, r.logged_minutes AS reported, coalesce(logged.minutes, 0) AS logged {LoggedMinutesAgainstEvents} LIMIT 5) AS first")),
            new("reporting.requests rows of the suite's requests (= acknowledged submits)", Acknowledged("submit"), await database.ScalarAsync(
                $"SELECT count(*) FROM reporting.requests WHERE request_id IN ({FaultSuiteRequests})")),
            new("reporting.worklogs rows on the suite's requests (= acknowledged worklogs)", Acknowledged("worklog"), await database.ScalarAsync(
                $"SELECT count(*) FROM reporting.worklogs WHERE request_id IN ({FaultSuiteRequests})")),
            new("reporting.messages rows on the suite's requests (= acknowledged messages)", Acknowledged("message"), await database.ScalarAsync(
                $"SELECT count(*) FROM reporting.messages WHERE request_id IN ({FaultSuiteRequests})")),
        ];
    }
}
