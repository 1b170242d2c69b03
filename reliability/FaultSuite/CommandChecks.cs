using System.Globalization;

namespace Milestone.FaultSuite;

/// <summary>
/// Each command's attempts against the moment its event was written: the attempt that committed is the last
/// one sent before it. An answer saying "nothing was changed" must be true; an attempt that went unanswered
/// may have committed, and the client cannot tell, so those are only counted.
/// </summary>
public sealed class CommandChecks(Verification database)
{
    private static readonly (string Kind, string EventType, string Field)[] Events = [("submit", "request_submitted", "title"), ("message", "message_posted", "body"), ("worklog", "work_logged", "note")];

    public int CommittedUnanswered { get; private set; }

    public async Task<IReadOnlyList<Check>> CheckAsync(IReadOnlyCollection<Acknowledged> acknowledged, IReadOnlyCollection<Abandoned> abandoned)
    {
        var written = new Dictionary<string, DateTimeOffset>();
        foreach (var (_, eventType, field) in Events)
        {
            foreach (var row in await database.RowsAsync($$"""
                SELECT data->>'{{field}}', to_json(min(timestamp))#>>'{}' FROM milestone.mt_events WHERE type = '{{eventType}}' AND data->>'{{field}}' LIKE 'Fault suite %' GROUP BY 1
                """))
            {
                written[row[0]] = DateTimeOffset.Parse(row[1], CultureInfo.InvariantCulture);
            }
        }

        var commands = acknowledged.Select(command => (command.Kind, command.Text, command.Attempts)).Concat(abandoned.Select(command => (command.Kind, command.Text, command.Attempts)));
        var committedBy = commands
            .Where(command => written.ContainsKey(command.Text))
            .Select(command => (command.Kind, command.Text, Attempt: command.Attempts.LastOrDefault(attempt => attempt.Sent <= written[command.Text])))
            .Where(command => command.Attempt is { Acknowledged: false })
            .ToList();
        var refusedButCommitted = committedBy.Where(command => command.Attempt!.PromisedNothingChanged).ToList();
        CommittedUnanswered = committedBy.Count - refusedButCommitted.Count;
        return
        [
            new("commands never acknowledged in three minutes of retrying", 0, abandoned.Count, string.Join("; ", abandoned.GroupBy(command => command.Kind).Select(kind =>
                $"{kind.Count()} {kind.Key} ({kind.Count(command => written.ContainsKey(command.Text))} written; last refusal: {kind.Last().Attempts[^1].Refusal})"))),
            new("commands answered \"nothing was changed\" but committed", 0, refusedButCommitted.Count, string.Join("; ", refusedButCommitted.Take(5).Select(command =>
                $"{command.Kind} {command.Text}: {command.Attempt!.Refusal}"))),
        ];
    }
}
