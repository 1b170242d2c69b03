using Milestone.Domain.Projects;

namespace Milestone.Domain.Requests;

/// <summary>Time logged on a request: what the client's hour bank will draw from.</summary>
public sealed partial record Request
{
    public const int MaxMinutesPerWorklog = 24 * 60;
    public const int WorklogNoteMaxLength = 2_000;

    public ImmutableDictionary<Guid, LoggedWork> Worklogs { get; init; } = ImmutableDictionary<Guid, LoggedWork>.Empty;

    /// <summary>
    /// Logging under the same key again changes nothing, so a retry (or a Jira redelivery) is safe; the
    /// same key with other values is refused, because the caller meant two different things by it. The worklog
    /// may name a task of <paramref name="project"/> its time counts toward, whatever task the request is on.
    /// </summary>
    public IEnumerable<object> LogWork(
        Actor actor, string key, DateOnly workDate, int minutes, bool billable, string? note, DateTimeOffset now, ProjectTaskLink? projectTask = null, Project? project = null)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "log work");
        CallerKeys.RequireValid(key, "idempotencyKey");
        var worklogId = CallerKeys.WorklogId(Id, actor, key);
        var terms = new WorklogTerms(workDate, minutes, billable, note?.Trim() ?? string.Empty);
        if (Worklogs.TryGetValue(worklogId, out var earlier))
        {
            return earlier.AsLogged == terms && earlier.ProjectTask == projectTask ? [] : throw CallerKeys.ReusedWithOtherPayload("idempotencyKey");
        }

        RequirePlausible(terms, now);
        if (projectTask is { } named)
        {
            ProjectTaskForWork(actor, named, project);
        }

        return [new WorkLogged(
            Id, ClientId, worklogId, actor.PersonId, workDate, minutes, billable, terms.Note, actor.PersonId, now, actor.Source, projectTask?.ProjectId, projectTask?.TaskId)];
    }

    public IEnumerable<object> CorrectWorklog(Actor actor, Guid worklogId, DateOnly workDate, int minutes, bool billable, string? note, DateTimeOffset now)
    {
        var logged = ChangeableWorklog(actor, worklogId);
        var terms = new WorklogTerms(workDate, minutes, billable, note?.Trim() ?? string.Empty);
        RequirePlausible(terms, now);
        return logged.Current == terms
            ? []
            : [new WorklogCorrected(Id, ClientId, worklogId, logged.AgentId, workDate, minutes, billable, terms.Note, logged.Current.WorkDate, logged.Current.Minutes, logged.Current.Billable, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> DeleteWorklog(Actor actor, Guid worklogId, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "change worklogs");
        if (Worklogs.TryGetValue(worklogId, out var withdrawn) && withdrawn.Deleted)
        {
            return [];
        }

        var logged = ChangeableWorklog(actor, worklogId);
        return [new WorklogDeleted(Id, ClientId, worklogId, logged.AgentId, logged.Current.WorkDate, logged.Current.Minutes, logged.Current.Billable, actor.PersonId, now, actor.Source)];
    }

    private LoggedWork ChangeableWorklog(Actor actor, Guid worklogId)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "change worklogs");
        if (!Worklogs.TryGetValue(worklogId, out var logged) || logged.Deleted)
        {
            throw NoSuchWorklog();
        }

        return logged.AgentId == actor.PersonId || actor.Role is Role.Admin or Role.TeamLead
            ? logged
            : throw new CommandRejected(Rejection.Forbidden, "Only the agent who logged the time, a team lead or an administrator may change it.");
    }

    private static void RequirePlausible(WorklogTerms terms, DateTimeOffset now)
    {
        if (terms.Minutes is < 1 or > MaxMinutesPerWorklog)
        {
            throw new CommandRejected(Rejection.Invalid, $"Log between 1 minute and {MaxMinutesPerWorklog / 60} hours.", "minutes");
        }

        // A day of slack covers every time zone ahead of UTC.
        if (terms.WorkDate > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new CommandRejected(Rejection.Invalid, "Work cannot be logged for a future date.", "workDate");
        }

        if (terms.Note.Length > WorklogNoteMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"A worklog note has at most {WorklogNoteMaxLength} characters.", "note");
        }
    }

    private static CommandRejected NoSuchWorklog() => new(Rejection.NotFound, "This request has no such worklog.", "worklogId");

    private Request EvolveWorklogs(object @event) => @event switch
    {
        WorkLogged logged => this with
        {
            Worklogs = Worklogs.Add(logged.WorklogId, LoggedWork.From(logged)),
        },
        WorklogCorrected corrected => this with
        {
            Worklogs = Worklogs.SetItem(
                corrected.WorklogId,
                Worklogs[corrected.WorklogId] with { Current = new WorklogTerms(corrected.WorkDate, corrected.Minutes, corrected.Billable, corrected.Note) }),
        },
        WorklogDeleted deleted => this with { Worklogs = Worklogs.SetItem(deleted.WorklogId, Worklogs[deleted.WorklogId] with { Deleted = true }) },
        _ => this,
    };
}

/// <summary>What a worklog says: the values it was logged with, and later the values it was corrected to.</summary>
public sealed record WorklogTerms(DateOnly WorkDate, int Minutes, bool Billable, string Note);

/// <summary>A worklog as it stands, and as it was first logged (what a retry of the logging must repeat).</summary>
public sealed record LoggedWork(Guid AgentId, WorklogTerms AsLogged, WorklogTerms Current, bool Deleted, ProjectTaskLink? ProjectTask)
{
    public static LoggedWork From(WorkLogged logged)
    {
        var terms = new WorklogTerms(logged.WorkDate, logged.Minutes, logged.Billable, logged.Note);
        var projectTask = logged.ProjectId is { } project && logged.ProjectTaskId is { } task ? new ProjectTaskLink(project, task) : null;
        return new LoggedWork(logged.AgentId, terms, terms, Deleted: false, projectTask);
    }
}
