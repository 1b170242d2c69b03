namespace Milestone.FaultSuite;

/// <summary>
/// When the suite's faults kept the host from doing its work: PostgreSQL down, or the host killed and its
/// successor not yet in charge. A deadline falling due inside one may be recorded as late as the window's end
/// plus the usual slack; everywhere else only the slack is allowed.
/// </summary>
public sealed class OutageWindows
{
    /// <summary>
    /// Scheduled-message polling (1 s) plus the handler's own retries when it met the outage's tail: three within
    /// about three seconds, then a durable retry five seconds later, then ten.
    /// </summary>
    public static readonly TimeSpan Slack = TimeSpan.FromSeconds(20);

    /// <summary>A killed node's envelopes pass to the restarted one only once the cluster calls it dead (8 s of silence), plus a check.</summary>
    public static readonly TimeSpan KilledNodeDeclaredDead = TimeSpan.FromSeconds(12);

    private readonly List<(DateTimeOffset Start, DateTimeOffset End)> _windows = [];

    public void Add(DateTimeOffset start, DateTimeOffset end) => _windows.Add((start, end));

    public TimeSpan AllowedLateness(DateTimeOffset due) =>
        Slack + _windows.Where(window => window.Start - Slack <= due && due <= window.End).Select(window => window.End - due).DefaultIfEmpty(TimeSpan.Zero).Max();
}
