using Milestone.Domain.Projects;
using Milestone.Domain.Tests.Requests;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Projects;

public sealed class ProjectTests
{
    private static readonly Guid ProjectId = Guid.Parse("0193a1b2-0000-7000-8000-0000000090a1");
    private static readonly Guid Plan = Guid.Parse("0193a1b2-0000-7000-8000-0000000090b1");
    private static readonly Guid Move = Guid.Parse("0193a1b2-0000-7000-8000-0000000090b2");
    private static readonly Guid Survey = Guid.Parse("0193a1b2-0000-7000-8000-0000000090c1");
    private static readonly Guid Cabling = Guid.Parse("0193a1b2-0000-7000-8000-0000000090c2");
    private static readonly Guid Servers = Guid.Parse("0193a1b2-0000-7000-8000-0000000090c3");
    private static readonly Guid Desks = Guid.Parse("0193a1b2-0000-7000-8000-0000000090c4");
    private static readonly Guid Phones = Guid.Parse("0193a1b2-0000-7000-8000-0000000090c5");
    private static readonly DateOnly December = new(2026, 12, 1);
    private static readonly ProjectDetails OfficeMove = new(" Office move ", "From Leeds to York", December, new DateOnly(2027, 2, 28));

    [Fact]
    public void Projects_take_the_next_number_across_the_MSP_and_start_planned()
    {
        var (first, firstNumber) = Project.Create(ProjectId, Acme, clientExists: true, OfficeMove, ProjectNumbering.Unused, AccountManager, Now);
        var numbering = ProjectNumbering.Evolve(null, firstNumber);
        var (second, secondNumber) = Project.Create(Guid.NewGuid(), Globex, clientExists: true, OfficeMove, numbering, Admin, Now);

        Assert.Equal(("PRJ-0001", "PRJ-0002", "Office move"), (first.Number, second.Number, first.Name));
        Assert.Equal((1, 2, ProjectId), (firstNumber.Sequence, secondNumber.Sequence, firstNumber.ProjectId));
        Assert.Equal(ProjectStatus.Planned, Project.Evolve(null, first)!.Status);
    }

    [Fact]
    public void Only_project_managers_create_for_a_client_they_work_with_with_a_name_and_dates_in_order()
    {
        Assert.Equal(Rejection.Forbidden, Refusal(() => Create(Agent)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Create(ClientAdmin)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Create(Outsider)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Project.Create(ProjectId, Acme, clientExists: false, OfficeMove, ProjectNumbering.Unused, Admin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Create(TeamLead with { StaffScope = [Globex] })).Rejection);
        Assert.Equal("name", Refusal(() => Create(Admin, OfficeMove with { Name = "  " })).Field);
        Assert.Equal("endDate", Refusal(() => Create(Admin, OfficeMove with { EndDate = December.AddDays(-1) })).Field);
        Assert.Equal("startDate", Refusal(() => Create(Admin, OfficeMove with { StartDate = new DateOnly(1, 1, 1) })).Field);
        Assert.Equal("description", Refusal(() => Create(Admin, OfficeMove with { Description = new string('x', Project.DescriptionMaxLength + 1) })).Field);
    }

    [Fact]
    public void Progress_is_the_done_estimates_over_those_not_cancelled_per_phase_and_overall_rounded_down()
    {
        var project = HandWorked();

        Assert.Equal(new ProjectProgress(300, 300, 2, 2), project.ProgressOf(Plan));
        Assert.Equal(new ProjectProgress(0, 720, 0, 2), project.ProgressOf(Move));
        Assert.Equal(new ProjectProgress(300, 1020, 2, 4), project.Progress);
        Assert.Equal((100, 0, 29), (project.ProgressOf(Plan).Percent, project.ProgressOf(Move).Percent, project.Progress.Percent));
    }

    [Fact]
    public void Unestimated_tasks_count_one_each_and_a_project_without_tasks_is_at_nothing()
    {
        var tasks = new[]
        {
            new ProjectTask(Guid.NewGuid(), Plan, "Call the landlord", string.Empty, 0) { Status = ProjectTaskStatus.Done },
            new ProjectTask(Guid.NewGuid(), Plan, "Book the van", string.Empty, 0),
            new ProjectTask(Guid.NewGuid(), Plan, "Pack", string.Empty, 0),
        };

        Assert.Equal(33, ProjectProgress.Of(tasks).Percent);
        Assert.Equal(0, ProjectProgress.Of([]).Percent);
        Assert.Equal(99, ProjectProgress.Of([tasks[0] with { EstimateMinutes = 999 }, tasks[1] with { EstimateMinutes = 1 }]).Percent);
    }

    [Fact]
    public void Phases_go_in_order_inside_the_projects_dates_and_adding_one_again_changes_nothing()
    {
        var project = Created();
        var design = Guid.NewGuid();

        var added = Assert.IsType<PhaseAdded>(Assert.Single(project.AddPhase(design, "Design", December, December.AddDays(10), null, TeamLead, Now)));
        var withDesign = Project.Evolve(project, added)!;
        var first = Assert.IsType<PhaseAdded>(Assert.Single(withDesign.AddPhase(Plan, "Plan", null, null, design, TeamLead, Now)));

        Assert.Equal(0, first.Position);
        Assert.Equal(["Plan", "Design"], Project.Evolve(withDesign, first)!.Phases.Select(phase => phase.Name));
        Assert.Empty(withDesign.AddPhase(design, "Design", December, December.AddDays(10), null, TeamLead, Now));
        Assert.Equal("startDate", Refusal(() => project.AddPhase(Guid.NewGuid(), "Early", December.AddDays(-1), null, null, TeamLead, Now)).Field);
        Assert.Equal("endDate", Refusal(() => project.AddPhase(Guid.NewGuid(), "Late", null, new DateOnly(2027, 3, 1), null, TeamLead, Now)).Field);
        Assert.Equal(("beforePhaseId", Rejection.NotFound), Outcome(Refusal(() => project.AddPhase(Guid.NewGuid(), "Lost", null, null, Guid.NewGuid(), TeamLead, Now))));
        Assert.Equal(Rejection.Forbidden, Refusal(() => project.AddPhase(Guid.NewGuid(), "Mine", null, null, null, Agent, Now)).Rejection);
        Assert.Equal("startDate", Refusal(() => withDesign.ChangeDetails(OfficeMove with { StartDate = December.AddDays(5) }, Admin, Now)).Field);
    }

    [Fact]
    public void Delivery_staff_add_assign_and_move_tasks_and_each_move_is_its_own_event()
    {
        var project = Given(Created(), new PhaseAdded(ProjectId, Acme, Plan, "Plan", null, null, 0, Admin.PersonId, Now));
        var taskId = Guid.NewGuid();

        var added = Assert.IsType<TaskAdded>(Assert.Single(project.AddTask(taskId, Plan, " Survey ", null, 240, Agent.PersonId, RequestFixture.Named(Agent), Agent, Now)));
        var withTask = Project.Evolve(project, added)!;

        Assert.Equal(("Survey", Agent.PersonId), (added.Title, added.AssigneeId));
        Assert.IsType<TaskStarted>(Assert.Single(withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.InProgress, Agent, Now)));
        Assert.IsType<TaskCompleted>(Assert.Single(withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.Done, Agent, Now)));
        Assert.IsType<TaskCancelled>(Assert.Single(withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.Cancelled, Agent, Now)));
        Assert.Empty(withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.ToDo, Agent, Now));
        Assert.IsType<TaskAssigned>(Assert.Single(withTask.AssignTask(taskId, null, null, TeamLead, Now)));
        Assert.Empty(withTask.AssignTask(taskId, Agent.PersonId, RequestFixture.Named(Agent), TeamLead, Now));
        Assert.Equal("estimateMinutes", Refusal(() => project.AddTask(Guid.NewGuid(), Plan, "Survey", null, -1, null, null, Agent, Now)).Field);
        Assert.Equal("estimateMinutes", Refusal(() => project.AddTask(Guid.NewGuid(), Plan, "Survey", null, Project.MaxEstimateMinutes + 1, null, null, Agent, Now)).Field);
        Assert.Equal(("phaseId", Rejection.NotFound), Outcome(Refusal(() => project.AddTask(Guid.NewGuid(), Move, "Survey", null, 60, null, null, Agent, Now))));
        Assert.Equal("assigneeId", Refusal(() => project.AddTask(Guid.NewGuid(), Plan, "Survey", null, 60, Member.PersonId, RequestFixture.Named(Member), Agent, Now)).Field);
        Assert.Equal(Rejection.Forbidden, Refusal(() => project.AddTask(Guid.NewGuid(), Plan, "Survey", null, 60, null, null, Executive, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.Done, ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => withTask.ChangeTaskStatus(taskId, ProjectTaskStatus.Done, Outsider, Now)).Rejection);
    }

    [Fact]
    public void A_project_completes_only_with_no_open_task_cancels_with_a_reason_and_once_closed_refuses_changes()
    {
        var project = HandWorked();
        var allDone = Given(project, new TaskCompleted(ProjectId, Acme, Servers, Agent.PersonId, Now), new TaskCancelled(ProjectId, Acme, Desks, Agent.PersonId, Now));

        Assert.Equal(Rejection.Conflict, Refusal(() => project.ChangeStatus(ProjectStatus.Completed, null, Admin, Now)).Rejection);
        var completed = Given(allDone, Assert.Single(allDone.ChangeStatus(ProjectStatus.Completed, null, Admin, Now)));
        Assert.Equal((ProjectStatus.Completed, Now, 100), (completed.Status, completed.CompletedAt, completed.Progress.Percent));
        Assert.Equal(Rejection.Conflict, Refusal(() => completed.AddPhase(Guid.NewGuid(), "Snagging", null, null, null, Admin, Now)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => completed.ChangeTaskStatus(Desks, ProjectTaskStatus.ToDo, Agent, Now)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => completed.TaskForWork(Servers, Acme, Agent)).Rejection);
        Assert.IsType<ProjectStatusChanged>(Assert.Single(completed.ChangeStatus(ProjectStatus.Active, null, Admin, Now)));
        Assert.Equal("reason", Refusal(() => project.ChangeStatus(ProjectStatus.Cancelled, " ", Admin, Now)).Field);
        var cancelled = Given(project, Assert.Single(project.ChangeStatus(ProjectStatus.Cancelled, "Lease fell through", Admin, Now)));
        Assert.Equal(Rejection.Conflict, Refusal(() => cancelled.ChangeStatus(ProjectStatus.Active, null, Admin, Now)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => Created().ChangeStatus(ProjectStatus.Completed, null, Admin, Now)).Rejection);
        Assert.Empty(project.ChangeStatus(ProjectStatus.Active, null, AccountManager, Now));
        Assert.Equal(Rejection.Forbidden, Refusal(() => project.ChangeStatus(ProjectStatus.OnHold, null, Agent, Now)).Rejection);
    }

    [Fact]
    public void Internal_notes_are_kept_once_by_their_id_and_written_only_by_delivery_staff()
    {
        var project = HandWorked();
        var noteId = Guid.NewGuid();

        var noted = Given(project, Assert.Single(project.AddTaskNote(Servers, noteId, " Rack 3 has no rails ", Agent, Now)));

        Assert.Equal("Rack 3 has no rails", Assert.Single(noted.Tasks.Single(task => task.Id == Servers).InternalNotes).Text);
        Assert.Empty(noted.AddTaskNote(Servers, noteId, "Rack 3 has no rails", Agent, Now));
        Assert.Equal(Rejection.Forbidden, Refusal(() => project.AddTaskNote(Servers, Guid.NewGuid(), "Hello", Member, Now)).Rejection);
        Assert.Equal("text", Refusal(() => project.AddTaskNote(Servers, Guid.NewGuid(), "", Agent, Now)).Field);
    }

    [Fact]
    public void A_request_links_to_a_task_of_an_open_project_of_its_own_client_and_worklogs_may_name_another()
    {
        var project = HandWorked();
        var request = RequestFixture.Submitted();
        var servers = new ProjectTaskLink(ProjectId, Servers);

        var linked = Assert.IsType<RequestLinkedToProjectTask>(Assert.Single(request.LinkToProjectTask(Agent, servers, project, Now)));
        var working = RequestFixture.Submitted(linked);
        var logged = Assert.IsType<WorkLogged>(Assert.Single(working.LogWork(Agent, "cabling-1", DateOnly.FromDateTime(Now.UtcDateTime), 60, true, null, Now, new ProjectTaskLink(ProjectId, Cabling), project)));
        var plain = Assert.IsType<WorkLogged>(Assert.Single(working.LogWork(Agent, "servers-1", DateOnly.FromDateTime(Now.UtcDateTime), 90, true, null, Now)));
        var afterLogging = RequestFixture.Submitted(linked, logged);

        Assert.Equal((ProjectId, Servers), (linked.ProjectId, linked.TaskId));
        Assert.Equal((ProjectId, Cabling), (logged.ProjectId, logged.ProjectTaskId));
        Assert.Equal((null, null), (plain.ProjectId, plain.ProjectTaskId));
        Assert.Empty(working.LinkToProjectTask(Agent, servers, project, Now));
        Assert.Empty(afterLogging.LogWork(Agent, "cabling-1", DateOnly.FromDateTime(Now.UtcDateTime), 60, true, null, Now, new ProjectTaskLink(ProjectId, Cabling), project));
        Assert.Equal(Rejection.Conflict, Refusal(() => afterLogging.LogWork(Agent, "cabling-1", DateOnly.FromDateTime(Now.UtcDateTime), 60, true, null, Now, servers, project)).Rejection);
        Assert.IsType<RequestUnlinkedFromProjectTask>(Assert.Single(working.UnlinkFromProjectTask(Agent, Now)));
        Assert.Empty(request.UnlinkFromProjectTask(Agent, Now));
        Assert.Equal(Rejection.NotFound, Refusal(() => request.LinkToProjectTask(Agent, servers, project with { ClientId = Globex }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => request.LinkToProjectTask(Agent, servers, null, Now)).Rejection);
        Assert.Equal(("taskId", Rejection.NotFound), Outcome(Refusal(() => request.LinkToProjectTask(Agent, servers with { TaskId = Guid.NewGuid() }, project, Now))));
        Assert.Equal(Rejection.Conflict, Refusal(() => request.LinkToProjectTask(Agent, new ProjectTaskLink(ProjectId, Phones), project, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => request.LinkToProjectTask(Member, servers, project, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => request.LinkToProjectTask(Agent with { StaffScope = [Globex] }, servers, project, Now)).Rejection);
    }

    /// <summary>The project of docs/projects.md: Plan (both tasks done), Move (servers under way, desks to do, phones cancelled), active.</summary>
    public static Project HandWorked() => Given(
        Created(),
        new ProjectStatusChanged(ProjectId, Acme, ProjectStatus.Planned, ProjectStatus.Active, null, Admin.PersonId, Now),
        new PhaseAdded(ProjectId, Acme, Plan, "Plan", null, null, 0, Admin.PersonId, Now),
        new PhaseAdded(ProjectId, Acme, Move, "Move", null, null, 1, Admin.PersonId, Now),
        new TaskAdded(ProjectId, Acme, Plan, Survey, "Survey the new office", string.Empty, 240, null, Admin.PersonId, Now),
        new TaskAdded(ProjectId, Acme, Plan, Cabling, "Order cabling", string.Empty, 60, null, Admin.PersonId, Now),
        new TaskAdded(ProjectId, Acme, Move, Servers, "Move the servers", string.Empty, 480, null, Admin.PersonId, Now),
        new TaskAdded(ProjectId, Acme, Move, Desks, "Set up desks", string.Empty, 240, null, Admin.PersonId, Now),
        new TaskAdded(ProjectId, Acme, Move, Phones, "Move the phones", string.Empty, 120, null, Admin.PersonId, Now),
        new TaskCompleted(ProjectId, Acme, Survey, Agent.PersonId, Now),
        new TaskCompleted(ProjectId, Acme, Cabling, Agent.PersonId, Now),
        new TaskStarted(ProjectId, Acme, Servers, Agent.PersonId, Now),
        new TaskCancelled(ProjectId, Acme, Phones, Agent.PersonId, Now));

    private static Project Created() => Project.Evolve(null, Create(Admin).Created)!;

    private static (ProjectCreated Created, ProjectNumberTaken Number) Create(Actor actor, ProjectDetails? details = null) =>
        Project.Create(ProjectId, Acme, clientExists: true, details ?? OfficeMove, ProjectNumbering.Unused, actor, Now);

    private static Project Given(Project project, params object[] events) => events.Aggregate(project, (state, @event) => Project.Evolve(state, @event)!);

    private static (string?, Rejection) Outcome(CommandRejected refusal) => (refusal.Field, refusal.Rejection);

    private static CommandRejected Refusal(Func<object?> decide) =>
        Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);
}
