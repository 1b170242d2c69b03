using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>
/// One try of a command: when it was sent, and why it was refused if it was. <see cref="Answered"/> refusals
/// came from the host (an error, <c>UNAVAILABLE</c>, a 503); the others (a timeout, a dropped connection) leave
/// the client not knowing, and may have committed.
/// </summary>
public sealed record Attempt(DateTimeOffset Sent, string? Refusal, bool Answered)
{
    public bool Acknowledged => Refusal is null;

    /// <summary>The host's outage answer says so in words (docs/reliability.md), and the suite holds it to them.</summary>
    public bool PromisedNothingChanged => Answered && Refusal?.Contains("nothing was changed", StringComparison.Ordinal) == true;
}

/// <summary>The attempts a command took, and the data of the one acknowledged, if any was.</summary>
public sealed record Attempts(JsonElement? Data, IReadOnlyList<Attempt> Tries);
