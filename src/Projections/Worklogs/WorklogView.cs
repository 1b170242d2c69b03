namespace Milestone.Projections.Worklogs;

/// <summary>One worklog as it stands now: what My Work totals and what staff see on a request.</summary>
public sealed record WorklogView(
    Guid Id,
    Guid RequestId,
    Guid ClientId,
    Guid AgentId,
    DateOnly WorkDate,
    int Minutes,
    bool Billable,
    string Note,
    DateTimeOffset LoggedAt)
{
    /// <summary>The project task the worklog itself names; without one its time counts toward its request's task.</summary>
    public Guid? ProjectId { get; init; }

    public Guid? ProjectTaskId { get; init; }

    public DateTimeOffset? CorrectedAt { get; init; }

    public DateTimeOffset? DeletedAt { get; init; }
}
