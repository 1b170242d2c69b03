using System.Collections.Immutable;
using Milestone.Domain.People;
using Milestone.Domain.Rules;

namespace Milestone.Domain.Requests;

/// <summary>Time logged on a request: what the client's hour bank will draw from.</summary>
public sealed partial record Request
{
    public const int MaxMinutesPerWorklog = 24 * 60;
    public const int WorklogNoteMaxLength = 2_000;

    public ImmutableDictionary<Guid, LoggedWork> Worklogs { get; init; } = ImmutableDictionary<Guid, LoggedWork>.Empty;

    /// <summary>Logging the same worklog id again changes nothing, so a retry (or a Jira redelivery) is safe.</summary>
    public IEnumerable<object> LogWork(Actor actor, Guid worklogId, DateOnly workDate, int minutes, bool billable, string? note, DateTimeOffset now)
    {
        RequireOperationalStaff(actor, "log work");
        if (Worklogs.ContainsKey(worklogId))
        {
            return [];
        }

        RequirePlausible(workDate, minutes, now);
        return [new WorkLogged(Id, ClientId, worklogId, actor.PersonId, workDate, minutes, billable, note?.Trim() ?? string.Empty, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> CorrectWorklog(Actor actor, Guid worklogId, DateOnly workDate, int minutes, bool billable, string? note, DateTimeOffset now)
    {
        var logged = ChangeableWorklog(actor, worklogId);
        RequirePlausible(workDate, minutes, now);
        var text = note?.Trim() ?? string.Empty;
        return logged with { WorkDate = workDate, Minutes = minutes, Billable = billable, Note = text } == logged
            ? []
            : [new WorklogCorrected(Id, ClientId, worklogId, logged.AgentId, workDate, minutes, billable, text, logged.WorkDate, logged.Minutes, logged.Billable, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> DeleteWorklog(Actor actor, Guid worklogId, DateTimeOffset now)
    {
        RequireOperationalStaff(actor, "change worklogs");
        if (Worklogs.TryGetValue(worklogId, out var withdrawn) && withdrawn.Deleted)
        {
            return [];
        }

        var logged = ChangeableWorklog(actor, worklogId);
        return [new WorklogDeleted(Id, ClientId, worklogId, logged.AgentId, logged.WorkDate, logged.Minutes, logged.Billable, actor.PersonId, now, actor.Source)];
    }

    private LoggedWork ChangeableWorklog(Actor actor, Guid worklogId)
    {
        RequireOperationalStaff(actor, "change worklogs");
        if (!Worklogs.TryGetValue(worklogId, out var logged) || logged.Deleted)
        {
            throw NoSuchWorklog();
        }

        return logged.AgentId == actor.PersonId || actor.Role is Role.Admin or Role.TeamLead
            ? logged
            : throw new CommandRejected(Rejection.Forbidden, "Only the agent who logged the time, a team lead or an administrator may change it.");
    }

    private static void RequirePlausible(DateOnly workDate, int minutes, DateTimeOffset now)
    {
        if (minutes is < 1 or > MaxMinutesPerWorklog)
        {
            throw new CommandRejected(Rejection.Invalid, $"Log between 1 minute and {MaxMinutesPerWorklog / 60} hours.", "minutes");
        }

        // A day of slack covers every time zone ahead of UTC.
        if (workDate > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new CommandRejected(Rejection.Invalid, "Work cannot be logged for a future date.", "workDate");
        }
    }

    private static CommandRejected NoSuchWorklog() => new(Rejection.NotFound, "This request has no such worklog.", "worklogId");

    private Request EvolveWorklogs(object @event) => @event switch
    {
        WorkLogged logged => this with
        {
            Worklogs = Worklogs.Add(logged.WorklogId, new LoggedWork(logged.AgentId, logged.WorkDate, logged.Minutes, logged.Billable, logged.Note, Deleted: false)),
        },
        WorklogCorrected corrected => this with
        {
            Worklogs = Worklogs.SetItem(
                corrected.WorklogId,
                Worklogs[corrected.WorklogId] with { WorkDate = corrected.WorkDate, Minutes = corrected.Minutes, Billable = corrected.Billable, Note = corrected.Note }),
        },
        WorklogDeleted deleted => this with { Worklogs = Worklogs.SetItem(deleted.WorklogId, Worklogs[deleted.WorklogId] with { Deleted = true }) },
        _ => this,
    };
}

public sealed record LoggedWork(Guid AgentId, DateOnly WorkDate, int Minutes, bool Billable, string Note, bool Deleted);
