namespace Milestone.Domain.Projects;

public enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
    Cancelled,
}

public enum ProjectTaskStatus
{
    ToDo,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>What a project is called and when it runs; the end is a target and may be open.</summary>
public sealed record ProjectDetails(string Name, string Description, DateOnly StartDate, DateOnly? EndDate);

public sealed record ProjectPhase(Guid Id, string Name, DateOnly? StartDate, DateOnly? EndDate);

/// <summary>A note staff keep on a task for each other.</summary>
public sealed record TaskNote(Guid Id, string Text, Guid WrittenBy, DateTimeOffset WrittenAt);

public sealed record ProjectTask(Guid Id, Guid PhaseId, string Title, string Description, int EstimateMinutes)
{
    public Guid? AssigneeId { get; init; }

    public ProjectTaskStatus Status { get; init; } = ProjectTaskStatus.ToDo;

    public DateTimeOffset? CompletedAt { get; init; }

    public ImmutableList<TaskNote> InternalNotes { get; init; } = [];

    public bool IsOpen => Status is ProjectTaskStatus.ToDo or ProjectTaskStatus.InProgress;
}

/// <summary>
/// How far along a set of tasks is: the estimates of the done ones over the estimates of all that still count
/// (cancelled tasks do not). Tasks without estimates count one each, so a phase of unestimated tasks still moves.
/// </summary>
public sealed record ProjectProgress(int DoneEstimateMinutes, int TotalEstimateMinutes, int DoneTasks, int TotalTasks)
{
    /// <summary>Whole percent, rounded down: 100 only when everything counted is done.</summary>
    public int Percent => TotalEstimateMinutes > 0
        ? (int)(100L * DoneEstimateMinutes / TotalEstimateMinutes)
        : TotalTasks > 0 ? 100 * DoneTasks / TotalTasks : 0;

    public static ProjectProgress Of(IEnumerable<ProjectTask> tasks)
    {
        var counted = tasks.Where(task => task.Status != ProjectTaskStatus.Cancelled).ToList();
        var done = counted.Where(task => task.Status == ProjectTaskStatus.Done).ToList();
        return new ProjectProgress(done.Sum(task => task.EstimateMinutes), counted.Sum(task => task.EstimateMinutes), done.Count, counted.Count);
    }
}

/// <summary>A project task that work is logged against; requests and worklogs name it.</summary>
public sealed record ProjectTaskLink(Guid ProjectId, Guid TaskId);
