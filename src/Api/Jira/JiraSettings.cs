namespace Milestone.Api.Jira;

/// <summary>Bound from <c>Milestone:Jira</c>: how hard and how often Milestone talks to Jira. The connection itself is set by an administrator.</summary>
public sealed class JiraSettings
{
    public const string Section = "Milestone:Jira";

    /// <summary>The waits before each new attempt at a call Jira failed (5xx, timeout, unreachable); after the last the call is dead-lettered.</summary>
    public TimeSpan[] Retries => RetryDelays is { Length: > 0 } configured ? configured : DefaultRetryDelays;

    /// <summary>Configured waits replace the defaults (the configuration binder would append to a non-empty array).</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    private static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(2),
        TimeSpan.FromSeconds(10),
        TimeSpan.FromSeconds(30),
        TimeSpan.FromMinutes(2),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
    ];

    /// <summary>
    /// The waits before each new attempt at a create Jira may have carried out without answering: never
    /// shorter than <see cref="SearchIndexLag"/>, so the retry's search can find an issue the lost attempt made.
    /// </summary>
    public TimeSpan[] RetriesAfterUnconfirmedCreate => [.. Retries.Select(delay => delay < SearchIndexLag ? SearchIndexLag : delay)];

    /// <summary>How long Jira's search may take to find a new issue by its label (Jira's search index is eventually consistent).</summary>
    public TimeSpan SearchIndexLag { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a 429 that came without a usable <c>Retry-After</c>.</summary>
    public TimeSpan DefaultRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the Jira queue stops when most recent calls failed, before it tries again by itself.</summary>
    public TimeSpan CircuitPause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many calls the circuit breaker must have seen within <see cref="CircuitTrackingPeriod"/> before it may open.</summary>
    public int CircuitMinimumCalls { get; set; } = 5;

    /// <summary>The share of those calls, in percent, that must have failed on Jira's side to open the circuit.</summary>
    public int CircuitFailurePercentage { get; set; } = 50;

    public TimeSpan CircuitTrackingPeriod { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ReconcileEvery { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far back past its last run reconciliation looks, for clock skew and Jira's search index lag.</summary>
    public TimeSpan ReconcileOverlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back the very first reconciliation looks.</summary>
    public TimeSpan FirstReconcileLookback { get; set; } = TimeSpan.FromDays(1);
}
