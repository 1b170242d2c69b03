namespace Milestone.Api.Projects;

/// <summary>A phase as the schema shows it: with its project, for the phase's tasks, progress and time.</summary>
public sealed record PhaseView(Project Project, ProjectPhase Phase)
{
    public IReadOnlyList<ProjectTask> Tasks => [.. Project.Tasks.Where(task => task.PhaseId == Phase.Id)];
}

public sealed record TaskView(Project Project, ProjectTask Task);

public sealed class ProjectStatusType() : EnumGraphType<ProjectStatus>(description: "PLANNED, ACTIVE, ON_HOLD; COMPLETED (reopens to ACTIVE); CANCELLED for good.");

public sealed class ProjectTaskStatusType() : EnumGraphType<ProjectTaskStatus>(description: "TO_DO, IN_PROGRESS, DONE; CANCELLED tasks do not count toward progress.");

public sealed class ProjectProgressType : ObjectGraphType<ProjectProgress>
{
    public ProjectProgressType()
    {
        Name = "ProjectProgress";
        Description = "Done estimates over the estimates of all tasks not cancelled; tasks count one each when none is estimated.";
        Field(progress => progress.Percent).Description("Whole percent, rounded down: 100 only when everything counted is done.");
        Field(progress => progress.DoneEstimateMinutes);
        Field(progress => progress.TotalEstimateMinutes);
        Field(progress => progress.DoneTasks);
        Field(progress => progress.TotalTasks).Description("Tasks that count: all but the cancelled.");
    }
}

public sealed class ProjectType : ObjectGraphType<Project>
{
    public ProjectType()
    {
        Name = "Project";
        Description = "Work for a client larger than a request, in phases of tasks. Its time is the time logged toward its tasks.";
        Field(project => project.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(project => project.Number).Description("PRJ-0001, PRJ-0002, … across the MSP, without gaps.");
        Field(project => project.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(project => project.Name);
        Field(project => project.Description);
        Field(project => project.Status, type: typeof(NonNullGraphType<ProjectStatusType>));
        Field(project => project.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>));
        Field(project => project.EndDate, type: typeof(DateOnlyGraphType)).Description("The target end; null while open-ended.");
        Field(project => project.CreatedAt);
        Field(project => project.CompletedAt, nullable: true);
        Field(project => project.Progress, type: typeof(NonNullGraphType<ProjectProgressType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectPhaseType>>>>("phases").ListSize(10)
            .Description("In order.")
            .Resolve(context => context.Source.Phases.Select(phase => new PhaseView(context.Source, phase)).ToList());
        Field<NonNullGraphType<IntGraphType>>("loggedMinutes")
            .Description("All time logged toward the project's tasks.")
            .Resolve(context => ProjectTime.For(context, context.Source.Id).Then(time => time.Total.LoggedMinutes));
        Field<NonNullGraphType<IntGraphType>>("billableMinutes")
            .Description("The billable part, which drew the hour bank like any other work.")
            .Resolve(context => ProjectTime.For(context, context.Source.Id).Then(time => time.Total.BillableMinutes));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests").ListSize(10)
            .Description("The requests worked on the project's tasks that the caller may see, newest first.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var projectId = context.Source.Id;
                var requests = await session.RequestsVisibleTo(context.Caller()).Where(request => request.ProjectId == projectId)
                    .OrderByDescending(request => request.SubmittedAt).Take(ProjectFields.MaxListed).ToListAsync(context.CancellationToken);
                return requests.ToList();
            });
    }
}

public sealed class ProjectPhaseType : ObjectGraphType<PhaseView>
{
    public ProjectPhaseType()
    {
        Name = "ProjectPhase";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Phase.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Phase.Name);
        Field<DateOnlyGraphType>("startDate").Resolve(context => context.Source.Phase.StartDate);
        Field<DateOnlyGraphType>("endDate").Resolve(context => context.Source.Phase.EndDate);
        Field<NonNullGraphType<ProjectProgressType>>("progress").Resolve(context => ProjectProgress.Of(context.Source.Tasks));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectTaskType>>>>("tasks").ListSize(20)
            .Description("In the order they were added.")
            .Resolve(context => context.Source.Tasks.Select(task => new TaskView(context.Source.Project, task)).ToList());
        Field<NonNullGraphType<IntGraphType>>("loggedMinutes")
            .Description("Time logged toward the phase's tasks.")
            .Resolve(context => ProjectTime.For(context, context.Source.Project.Id).Then(time => time.Of(context.Source.Tasks).LoggedMinutes));
        Field<NonNullGraphType<IntGraphType>>("billableMinutes")
            .Resolve(context => ProjectTime.For(context, context.Source.Project.Id).Then(time => time.Of(context.Source.Tasks).BillableMinutes));
    }
}

public sealed class ProjectTaskType : ObjectGraphType<TaskView>
{
    public ProjectTaskType()
    {
        Name = "ProjectTask";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Task.Id);
        Field<NonNullGraphType<IdGraphType>>("phaseId").Resolve(context => context.Source.Task.PhaseId);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Task.Title);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(context => context.Source.Task.Description);
        Field<NonNullGraphType<ProjectTaskStatusType>>("status").Resolve(context => context.Source.Task.Status);
        Field<NonNullGraphType<IntGraphType>>("estimateMinutes").Resolve(context => context.Source.Task.EstimateMinutes);
        Field<IdGraphType>("assigneeId").Resolve(context => context.Source.Task.AssigneeId);
        Field<ParticipantInterface>("assignee")
            .Description("Who does it; null when no one, or when the caller may not see them.")
            .Resolve(context => context.Participant(context.Source.Task.AssigneeId));
        Field<DateTimeOffsetGraphType>("completedAt").Resolve(context => context.Source.Task.CompletedAt);
        Field<NonNullGraphType<IntGraphType>>("loggedMinutes")
            .Resolve(context => ProjectTime.For(context, context.Source.Project.Id).Then(time => time.Of(context.Source.Task.Id).LoggedMinutes));
        Field<NonNullGraphType<IntGraphType>>("billableMinutes")
            .Resolve(context => ProjectTime.For(context, context.Source.Project.Id).Then(time => time.Of(context.Source.Task.Id).BillableMinutes));
        Field<ListGraphType<NonNullGraphType<ProjectTaskNoteType>>>("internalNotes").ListSize(3)
            .Description("Staff's notes to each other, oldest first; null for client users, who never see them.")
            .Resolve(context => context.Caller().IsStaff ? context.Source.Task.InternalNotes : null);
    }
}

public sealed class ProjectTaskNoteType : ObjectGraphType<TaskNote>
{
    public ProjectTaskNoteType()
    {
        Name = "ProjectTaskNote";
        Field(note => note.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(note => note.Text);
        Field(note => note.WrittenBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("writer").Resolve(context => context.Person(context.Source.WrittenBy));
        Field(note => note.WrittenAt);
    }
}

public sealed class ProjectTaskInputType : InputObjectGraphType
{
    public ProjectTaskInputType()
    {
        Name = "ProjectTaskInput";
        Description = "A task of a project of the request's client, that is not cancelled, on a project still open.";
        Field<NonNullGraphType<IdGraphType>>("projectId");
        Field<NonNullGraphType<IdGraphType>>("taskId");
    }
}
