using Milestone.Domain.Projects;

namespace Milestone.Domain.Requests;

/// <summary>A request may be work on a project task; delivery staff link it, and its time shows on the project.</summary>
public sealed partial record Request
{
    public ProjectTaskLink? ProjectTask { get; init; }

    /// <summary>Links to <paramref name="named"/>, a task of <paramref name="project"/> (null when there is no such project).</summary>
    public IEnumerable<object> LinkToProjectTask(Actor actor, ProjectTaskLink named, Project? project, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "link requests to projects");
        var task = ProjectTaskForWork(actor, named, project);
        return task == ProjectTask ? [] : [new RequestLinkedToProjectTask(Id, ClientId, task.ProjectId, task.TaskId, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> UnlinkFromProjectTask(Actor actor, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "link requests to projects");
        return ProjectTask is not { } linked ? [] : [new RequestUnlinkedFromProjectTask(Id, ClientId, linked.ProjectId, linked.TaskId, actor.PersonId, now, actor.Source)];
    }

    /// <summary>A task of an open project of this request's client; any other project is, to the actor, not there.</summary>
    private ProjectTaskLink ProjectTaskForWork(Actor actor, ProjectTaskLink named, Project? project) =>
        project?.Id == named.ProjectId ? project.TaskForWork(named.TaskId, ClientId, actor) : throw Project.NoSuchProject();

    private Request EvolveProjectTask(object @event) => @event switch
    {
        RequestLinkedToProjectTask linked => this with { ProjectTask = new ProjectTaskLink(linked.ProjectId, linked.TaskId) },
        RequestUnlinkedFromProjectTask => this with { ProjectTask = null },
        _ => this,
    };
}
