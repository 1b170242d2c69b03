namespace Milestone.FaultSuite;

/// <summary>
/// A request and its SLA clock are two streams written in two transactions, the second by a forwarded event:
/// the one half-write a crash can leave. After the faults every request's clock must have followed the request
/// past its last event that moves a clock, and every public staff reply must have stopped its clock's response target.
/// </summary>
public static class SlaFollowingChecks
{
    /// <summary>
    /// The request events the follower is sent (<c>FollowRequestHandler</c>); the others (an assignment, a worklog)
    /// move no clock, and the follower catches up past them only when the next of these arrives.
    /// </summary>
    private const string FollowedTypes = "'request_submitted', 'waiting_on_client_started', 'work_resumed', 'message_posted', 'request_completed', 'request_cancelled', 'request_reopened', 'urgency_changed'";

    private const string NotFollowed = $"""
        FROM (SELECT stream_id AS id, max(version) AS version FROM milestone.mt_events WHERE type IN ({FollowedTypes}) GROUP BY stream_id) s
        LEFT JOIN milestone.mt_doc_slafollowing f ON f.id = s.id
        WHERE coalesce((f.data->>'requestVersion')::bigint, 0) < s.version
        """;

    private const string StaffRepliesNotStopping = """
        FROM (SELECT DISTINCT (data->>'requestId')::uuid AS request_id FROM milestone.mt_events
               WHERE type = 'message_posted' AND (data->>'byStaff')::boolean AND NOT (data->>'internal')::boolean AND data->>'body' LIKE 'Fault suite %') answered
        WHERE NOT EXISTS (SELECT 1 FROM milestone.mt_events e
                           WHERE e.type = 'sla_target_stopped' AND e.data->>'kind' = 'Response' AND (e.data->>'requestId')::uuid = answered.request_id)
        """;

    public static async Task<IReadOnlyList<Check>> CheckAsync(Verification database) =>
    [
        new("requests whose SLA clock has not followed them to their last event that moves it", 0, await database.ScalarAsync($"SELECT count(*) {NotFollowed}"), await database.TextAsync(
            $"SELECT string_agg(id || ': last followed event at version ' || version || ', clock followed to ' || followed, '; ') FROM (SELECT s.id, s.version, coalesce(f.data->>'requestVersion', 'nothing') AS followed {NotFollowed} LIMIT 5) AS first")),
        new("suite requests answered publicly by staff whose clock's response target never stopped", 0, await database.ScalarAsync($"SELECT count(*) {StaffRepliesNotStopping}")),
    ];
}
