using Milestone.Domain.Organisations;

namespace Milestone.Domain.Projects;

/// <summary>
/// One project, one stream: a client's piece of work larger than a request, numbered by the MSP, in phases of tasks.
/// Administrators, team leads and account managers shape it (details, status, phases); delivery staff work its tasks.
/// The client's people see it all but the staff's internal notes.
/// </summary>
public sealed partial record Project(Guid Id, string Number, Guid ClientId, Guid CreatedBy, DateTimeOffset CreatedAt)
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;
    public const int MaxPhases = 50;
    public const int MaxTasks = 500;

    public string Name { get; init; } = string.Empty;

    public string Description { get; init; } = string.Empty;

    public ProjectStatus Status { get; init; } = ProjectStatus.Planned;

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public ImmutableList<ProjectPhase> Phases { get; init; } = [];

    public ImmutableList<ProjectTask> Tasks { get; init; } = [];

    public int Version { get; set; }

    public ProjectProgress Progress => ProjectProgress.Of(Tasks);

    public ProjectProgress ProgressOf(Guid phaseId) => ProjectProgress.Of(Tasks.Where(task => task.PhaseId == phaseId));

    /// <summary>Planned, active or on hold: its shape may still change and work may be logged on it.</summary>
    public bool IsOpen => Status is ProjectStatus.Planned or ProjectStatus.Active or ProjectStatus.OnHold;

    /// <summary>The client's own people and the staff who work with the client; to everyone else it is not there.</summary>
    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId);

    public static Project? Evolve(Project? state, object @event) => @event switch
    {
        ProjectCreated created => new Project(created.ProjectId, created.Number, created.ClientId, created.CreatedBy, created.CreatedAt)
        {
            Name = created.Name,
            Description = created.Description,
            StartDate = created.StartDate,
            EndDate = created.EndDate,
        },
        ProjectDetailsChanged changed => state! with { Name = changed.Name, Description = changed.Description, StartDate = changed.StartDate, EndDate = changed.EndDate },
        ProjectStatusChanged changed => state! with
        {
            Status = changed.To,
            CompletedAt = changed.To == ProjectStatus.Completed ? changed.ChangedAt : null,
        },
        PhaseAdded added => state! with { Phases = state.Phases.Insert(added.Position, new ProjectPhase(added.PhaseId, added.Name, added.StartDate, added.EndDate)) },
        PhaseChanged changed => state! with
        {
            Phases = state.Phases.Replace(state.Phase(changed.PhaseId)!, new ProjectPhase(changed.PhaseId, changed.Name, changed.StartDate, changed.EndDate)),
        },
        TaskAdded added => state! with
        {
            Tasks = state.Tasks.Add(new ProjectTask(added.TaskId, added.PhaseId, added.Title, added.Description, added.EstimateMinutes) { AssigneeId = added.AssigneeId }),
        },
        TaskChanged changed => state!.WithTask(changed.TaskId, task => task with
        {
            PhaseId = changed.PhaseId,
            Title = changed.Title,
            Description = changed.Description,
            EstimateMinutes = changed.EstimateMinutes,
        }),
        TaskAssigned assigned => state!.WithTask(assigned.TaskId, task => task with { AssigneeId = assigned.AssigneeId }),
        TaskStarted started => state!.WithTask(started.TaskId, task => task with { Status = ProjectTaskStatus.InProgress, CompletedAt = null }),
        TaskCompleted completed => state!.WithTask(completed.TaskId, task => task with { Status = ProjectTaskStatus.Done, CompletedAt = completed.CompletedAt }),
        TaskReopened reopened => state!.WithTask(reopened.TaskId, task => task with { Status = ProjectTaskStatus.ToDo, CompletedAt = null }),
        TaskCancelled cancelled => state!.WithTask(cancelled.TaskId, task => task with { Status = ProjectTaskStatus.Cancelled, CompletedAt = null }),
        TaskNoteAdded noted => state!.WithTask(noted.TaskId, task => task with
        {
            InternalNotes = task.InternalNotes.Add(new TaskNote(noted.NoteId, noted.Text, noted.WrittenBy, noted.WrittenAt)),
        }),
        _ => state,
    };

    /// <summary>A new project for a client the actor manages, PLANNED, with the MSP's next number.</summary>
    public static (ProjectCreated Created, ProjectNumberTaken Number) Create(
        Guid projectId, Guid clientId, bool clientExists, ProjectDetails details, ProjectNumbering numbering, Actor actor, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        RequireManagerRole(actor);
        if (!clientExists)
        {
            throw ClientOrganisation.NoSuchClient();
        }

        var given = Valid(details);
        var number = numbering.Take(projectId, now);
        return (new ProjectCreated(projectId, clientId, number.Number, given.Name, given.Description, given.StartDate, given.EndDate, actor.PersonId, now), number);
    }

    public IEnumerable<object> ChangeDetails(ProjectDetails details, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        RequireOpen("change");
        var given = Valid(details);
        if (given == new ProjectDetails(Name, Description, StartDate, EndDate))
        {
            return [];
        }

        if (Phases.FirstOrDefault(phase => !Within(phase.StartDate, phase.EndDate, given)) is { } outside)
        {
            throw new CommandRejected(Rejection.Invalid, $"The phase '{outside.Name}' runs outside these dates; change it first.", "startDate");
        }

        return [new ProjectDetailsChanged(Id, ClientId, given.Name, given.Description, given.StartDate, given.EndDate, actor.PersonId, now)];
    }

    /// <summary>
    /// Planned → active or on hold; active ↔ on hold; active → completed once no task is open; completed → active
    /// (reopened); anything open → cancelled, with a reason. A cancelled project stays cancelled.
    /// </summary>
    public IEnumerable<object> ChangeStatus(ProjectStatus to, string? reason, Actor actor, DateTimeOffset now)
    {
        RequireManager(actor);
        if (!Enum.IsDefined(to))
        {
            throw new CommandRejected(Rejection.Invalid, "Choose a known status.", "status");
        }

        if (to == Status)
        {
            return [];
        }

        var allowed = (Status, to) switch
        {
            (ProjectStatus.Planned, ProjectStatus.Active or ProjectStatus.OnHold) => true,
            (ProjectStatus.Active, ProjectStatus.OnHold or ProjectStatus.Completed) => true,
            (ProjectStatus.OnHold, ProjectStatus.Active) => true,
            (ProjectStatus.Completed, ProjectStatus.Active) => true,
            (_, ProjectStatus.Cancelled) => IsOpen,
            _ => false,
        };
        if (!allowed)
        {
            throw new CommandRejected(Rejection.Conflict, $"A {Describe(Status)} project cannot become {Describe(to)}.");
        }

        if (to == ProjectStatus.Completed && Tasks.Count(task => task.IsOpen) is > 0 and var open)
        {
            throw new CommandRejected(Rejection.Conflict, $"{open} task(s) are still open; complete or cancel them first.");
        }

        var text = reason?.Trim();
        if (to == ProjectStatus.Cancelled)
        {
            RequestRules.RequireReason(text);
        }
        else if (text is { Length: > RequestRules.ReasonMaxLength })
        {
            throw new CommandRejected(Rejection.Invalid, $"A reason is at most {RequestRules.ReasonMaxLength} characters.", "reason");
        }

        return [new ProjectStatusChanged(Id, ClientId, Status, to, string.IsNullOrEmpty(text) ? null : text, actor.PersonId, now)];
    }

    public static CommandRejected NoSuchProject() => new(Rejection.NotFound, "There is no such project.", "projectId");

    public static string Describe(ProjectStatus status) => status switch
    {
        ProjectStatus.OnHold => "on-hold",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static ProjectDetails Valid(ProjectDetails details)
    {
        var name = ProjectText.Required(details.Name, "name", NameMaxLength, "Give the project a name.");
        var description = ProjectText.Optional(details.Description, "description", DescriptionMaxLength);
        ProjectText.RequireDates(details.StartDate, details.EndDate, "startDate", "endDate");
        return new ProjectDetails(name, description, details.StartDate, details.EndDate);
    }

    private static bool Within(DateOnly? start, DateOnly? end, ProjectDetails project) =>
        (start is null || (start >= project.StartDate && (project.EndDate is null || start <= project.EndDate)))
        && (end is null || (end >= project.StartDate && (project.EndDate is null || end <= project.EndDate)));

    private ProjectPhase? Phase(Guid phaseId) => Phases.FirstOrDefault(phase => phase.Id == phaseId);

    private ProjectTask? Task(Guid taskId) => Tasks.FirstOrDefault(task => task.Id == taskId);

    private Project WithTask(Guid taskId, Func<ProjectTask, ProjectTask> change)
    {
        var task = Task(taskId)!;
        return this with { Tasks = Tasks.Replace(task, change(task)) };
    }

    private void RequireOpen(string what)
    {
        if (!IsOpen)
        {
            throw new CommandRejected(Rejection.Conflict, $"A {Describe(Status)} project is not changed; reopen it to {what} it.");
        }
    }

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchProject();
        }
    }

    private void RequireManager(Actor actor)
    {
        RequireVisibleTo(actor);
        RequireManagerRole(actor);
    }

    /// <summary>The people who shape projects: administrators, team leads and account managers.</summary>
    private static void RequireManagerRole(Actor actor)
    {
        if (actor.Role is not (Role.Admin or Role.TeamLead or Role.AccountManager))
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators, team leads and account managers shape projects.");
        }
    }

    /// <summary>The people who work on projects' tasks: delivery staff.</summary>
    private void RequireDeliveryStaff(Actor actor, string what)
    {
        RequireVisibleTo(actor);
        if (!actor.Role.IsOperationalStaff())
        {
            throw new CommandRejected(Rejection.Forbidden, $"Only delivery staff {what}.");
        }
    }
}
