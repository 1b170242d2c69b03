namespace Milestone.Domain.Rules;

/// <summary>What kind of "no" a decision gave, so every client of the domain can answer it the same way.</summary>
public enum Rejection
{
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
}

/// <summary>A decision refused a command; nothing may be written.</summary>
public sealed class CommandRejected(Rejection rejection, string message, string? field = null) : Exception(message)
{
    public Rejection Rejection { get; } = rejection;

    public string? Field { get; } = field;

    /// <summary>What the caller needs to put the refusal right, such as the version to reload to.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();
}
