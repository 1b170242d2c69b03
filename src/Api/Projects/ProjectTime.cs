using GraphQL.DataLoader;

namespace Milestone.Api.Projects;

/// <summary>Minutes logged toward one task, and the billable part of them (what drew the hour bank).</summary>
public sealed record TaskTime(int LoggedMinutes, int BillableMinutes)
{
    public static readonly TaskTime None = new(0, 0);

    public static TaskTime Sum(IEnumerable<TaskTime> times) => times.Aggregate(None, (sum, time) => new TaskTime(sum.LoggedMinutes + time.LoggedMinutes, sum.BillableMinutes + time.BillableMinutes));
}

/// <summary>
/// The time logged toward a project's tasks, as worklogs stand now: a worklog counts toward the task it names, or else
/// toward the task its request is linked to. Deleted worklogs count nothing; corrected ones count as corrected.
/// </summary>
public sealed record ProjectTime(Guid ProjectId, IReadOnlyDictionary<Guid, TaskTime> ByTask)
{
    public TaskTime Of(Guid taskId) => ByTask.GetValueOrDefault(taskId) ?? TaskTime.None;

    public TaskTime Of(IEnumerable<ProjectTask> tasks) => TaskTime.Sum(tasks.Select(task => Of(task.Id)));

    public TaskTime Total => TaskTime.Sum(ByTask.Values);

    /// <summary>The time of every project asked for in one response, in two queries.</summary>
    public static IDataLoaderResult<ProjectTime> For(IResolveFieldContext context, Guid projectId) =>
        BatchLoader<Guid, ProjectTime>.For(context, "project time", (ids, cancellation) => LoadAsync(context, ids, cancellation), time => time.ProjectId)
            .Then([projectId], found => found[projectId]);

    private static async Task<IReadOnlyList<ProjectTime>> LoadAsync(IResolveFieldContext context, IReadOnlyCollection<Guid> projectIds, CancellationToken cancellation)
    {
        await using var session = context.OpenQuerySession();
        var ids = projectIds.ToArray();
        var linked = await session.Query<RequestDetails>()
            .Where(request => request.ProjectId != null && ids.Contains(request.ProjectId.Value))
            .Select(request => new { request.Id, request.ProjectId, request.ProjectTaskId })
            .ToListAsync(cancellation);
        var requestTasks = linked.ToDictionary(request => request.Id, request => new ProjectTaskLink(request.ProjectId!.Value, request.ProjectTaskId!.Value));
        var requestIds = requestTasks.Keys.ToArray();
        var worklogs = await session.Query<WorklogView>()
            .Where(worklog => worklog.DeletedAt == null && ((worklog.ProjectId != null && ids.Contains(worklog.ProjectId.Value)) || requestIds.Contains(worklog.RequestId)))
            .ToListAsync(cancellation);
        var counted = worklogs
            .Select(worklog => (Worklog: worklog, Task: worklog.ProjectId is { } project ? new ProjectTaskLink(project, worklog.ProjectTaskId!.Value) : requestTasks.GetValueOrDefault(worklog.RequestId)))
            .Where(entry => entry.Task is not null)
            .ToList();
        return [.. ids.Select(projectId => new ProjectTime(
            projectId,
            counted.Where(entry => entry.Task!.ProjectId == projectId)
                .GroupBy(entry => entry.Task!.TaskId)
                .ToDictionary(
                    group => group.Key,
                    group => new TaskTime(group.Sum(entry => entry.Worklog.Minutes), group.Where(entry => entry.Worklog.Billable).Sum(entry => entry.Worklog.Minutes)))))];
    }
}
