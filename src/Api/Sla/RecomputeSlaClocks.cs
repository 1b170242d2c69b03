namespace Milestone.Api.Sla;

/// <summary>
/// Measures again, under a policy's current version and calendar, the stopped targets of every clock that ran under the
/// policy during the period (docs/sla.md). With <see cref="DryRun"/> it only lists what would change; the real run
/// records exactly that list.
/// </summary>
public sealed record RecomputeSlaClocks(Guid PolicyId, DateTimeOffset From, DateTimeOffset To, string Reason, bool DryRun, Actor Actor) : IActorCommand;

public sealed record SlaRecomputationReport(bool DryRun, int ClocksExamined, IReadOnlyList<SlaTargetRecomputed> Changes);

public static class RecomputeSlaClocksHandler
{
    public const int MaxClocks = 5_000;

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<SlaRecomputationReport> Handle(RecomputeSlaClocks command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var reason = SlaRecomputation.RequireRecomputer(command.Actor, command.Reason);
        SlaWhatIf.RequirePeriod(command.From, command.To);
        var policy = await session.LoadAsync<SlaPolicy>(command.PolicyId, cancellation) ?? throw new CommandRejected(Rejection.NotFound, "There is no such SLA policy.", "policyId");
        var calendar = await session.LoadAsync<BusinessCalendarDefinition>(policy.Settings.CalendarId, cancellation) ?? throw SlaPolicy.NoSuchCalendar();
        var clocks = await session.Query<SlaClock>()
            .Where(clock => clock.Terms.PolicyId == command.PolicyId && (clock.Resolution.StoppedAt == null || clock.Resolution.StoppedAt >= command.From))
            .Take(MaxClocks + 1)
            .ToListAsync(cancellation);
        if (clocks.Count > MaxClocks)
        {
            throw new CommandRejected(Rejection.Invalid, $"More than {MaxClocks:N0} clocks ran under this policy since then; recompute a shorter period.", "from");
        }

        var histories = await session.ReadAsync([.. clocks.Select(clock => clock.Id), .. clocks.Select(clock => clock.RequestId)], cancellation);
        var now = time.GetUtcNow();
        var examined = 0;
        var changes = new List<SlaTargetRecomputed>();
        foreach (var clock in clocks)
        {
            var recorded = histories.GetValueOrDefault(clock.Id, []);
            if (recorded.FirstOrDefault() is not SlaClockStarted started || started.StartedAt >= command.To)
            {
                continue;
            }

            examined++;
            var terms = policy.Terms(calendar.Calendar, clock.Terms.Calendar.TimeZoneId);
            var replayed = SlaReplay.Replay(histories.GetValueOrDefault(clock.RequestId, []), terms, now);
            var corrections = SlaRecomputation.Corrections(recorded, replayed, terms, reason, command.Actor, now);
            if (corrections.Count > 0 && !command.DryRun)
            {
                session.Events.Append(clock.Id, clock.Version + corrections.Count, [.. corrections]);
            }

            changes.AddRange(corrections);
        }

        return new SlaRecomputationReport(command.DryRun, examined, changes);
    }
}
