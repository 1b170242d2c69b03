namespace Milestone.Api.Projects;

/// <summary>Projects (issue #25): the client's list and details, and the staff's commands that shape and work them.</summary>
public static class ProjectFields
{
    public const int MaxListed = 200;

    public static void AddProjectQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProjectType>>>>("projects").ListSize(20)
            .Description($"Projects newest first: a client user's own client's; staff name a client or see every client they work with. "
                + $"Filter by status, and search the number, name and description (case-insensitive). At most {MaxListed}.")
            .Argument<IdGraphType>("clientId")
            .Argument<ProjectStatusType>("status")
            .Argument<StringGraphType>("search")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var actor = caller.AsActor();
                var named = context.GetArgument<string?>("clientId") ?? (caller.IsStaff ? null : caller.ClientId?.ToString());
                Guid? clientId = named is null ? null : await context.VisibleClientIdAsync(caller, named);
                var status = context.GetArgument<ProjectStatus?>("status");
                var search = context.GetArgument<string?>("search")?.Trim() ?? string.Empty;
                if (search.Length > Project.NameMaxLength)
                {
                    throw Refusals.Invalid("search", $"Search for at most {Project.NameMaxLength} characters.");
                }

                await using var session = context.OpenQuerySession();
                var projects = clientId is { } id
                    ? await session.Query<Project>().Where(project => project.ClientId == id).ToListAsync(context.CancellationToken)
                    : await session.Query<Project>().ToListAsync(context.CancellationToken);
                return projects
                    .Where(project => project.IsVisibleTo(actor) && (status is null || project.Status == status) && Matches(project, search))
                    .OrderByDescending(project => project.Number, StringComparer.Ordinal)
                    .Take(MaxListed)
                    .ToList();
            });

        query.Field<ProjectType>("project")
            .Description("One project; NOT_FOUND when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
                context.GuidArgument("id") is { } id && await context.LoadAsync<Project>(id) is { } project && project.IsVisibleTo(context.Caller().AsActor())
                    ? project
                    : throw Project.NoSuchProject());
    }

    public static void AddProjectMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProjectType>>("createProject")
            .Description("Start a PLANNED project for a client, with the MSP's next number. Administrators, team leads and account managers.")
            .Argument<NonNullGraphType<CreateProjectInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((CreateProject command) => Changed(context, command.ProjectId)));

        ProjectChange<ChangeProjectDetails>(mutation, "changeProjectDetails", "Rename, describe or move the dates of an open project; its phases must still fit. Project managers.",
            Required<StringGraphType>("name"), Optional<StringGraphType>("description"), Required<DateOnlyGraphType>("startDate"), Optional<DateOnlyGraphType>("endDate"));
        ProjectChange<ChangeProjectStatus>(mutation, "changeProjectStatus",
            "PLANNED → ACTIVE or ON_HOLD; ACTIVE ↔ ON_HOLD; ACTIVE → COMPLETED once no task is open; COMPLETED → ACTIVE; any open status → CANCELLED with a reason. Project managers.",
            Required<ProjectStatusType>("status"), Optional<StringGraphType>("reason"));
        ProjectChange<AddProjectPhase>(mutation, "addProjectPhase", "Add a phase last, or before beforePhaseId; its dates within the project's. Project managers.",
            Required<StringGraphType>("name"), Optional<DateOnlyGraphType>("startDate"), Optional<DateOnlyGraphType>("endDate"), Optional<IdGraphType>("beforePhaseId"));
        ProjectChange<ChangeProjectPhase>(mutation, "changeProjectPhase", "Rename a phase or change its dates. Project managers.",
            Required<IdGraphType>("phaseId"), Required<StringGraphType>("name"), Optional<DateOnlyGraphType>("startDate"), Optional<DateOnlyGraphType>("endDate"));
        ProjectChange<AddProjectTask>(mutation, "addProjectTask", "Add a task to a phase with its estimate (0 to 1,000 hours, in minutes), optionally assigned. Delivery staff.",
            Required<IdGraphType>("phaseId"), Required<StringGraphType>("title"), Optional<StringGraphType>("description"), Required<IntGraphType>("estimateMinutes"),
            Optional<IdGraphType>("assigneeId"));
        ProjectChange<ChangeProjectTask>(mutation, "changeProjectTask", "Change a task's title, description or estimate, or move it to another phase. Delivery staff.",
            Required<IdGraphType>("taskId"), Required<IdGraphType>("phaseId"), Required<StringGraphType>("title"), Optional<StringGraphType>("description"),
            Required<IntGraphType>("estimateMinutes"));
        ProjectChange<AssignProjectTask>(mutation, "assignProjectTask", "Give a task to delivery staff who work for the client; leave out assigneeId to unassign. Delivery staff.",
            Required<IdGraphType>("taskId"), Optional<IdGraphType>("assigneeId"));
        ProjectChange<ChangeProjectTaskStatus>(mutation, "changeProjectTaskStatus", "Start, complete, reopen (TO_DO) or cancel a task. Delivery staff.",
            Required<IdGraphType>("taskId"), Required<ProjectTaskStatusType>("status"));
        ProjectChange<AddProjectTaskNote>(mutation, "addProjectTaskNote", "Write a note on a task that only staff see. Delivery staff.",
            Required<IdGraphType>("taskId"), Required<StringGraphType>("text"));
    }

    private static bool Matches(Project project, string search) =>
        search.Length == 0
        || project.Number.Contains(search, StringComparison.OrdinalIgnoreCase)
        || project.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || project.Description.Contains(search, StringComparison.OrdinalIgnoreCase);

    private static QueryArgument Required<TGraphType>(string name) where TGraphType : IGraphType => new QueryArgument<NonNullGraphType<TGraphType>> { Name = name };

    private static QueryArgument Optional<TGraphType>(string name) where TGraphType : IGraphType => new QueryArgument<TGraphType> { Name = name };

    private static void ProjectChange<TCommand>(ObjectGraphType mutation, string name, string description, params QueryArgument[] arguments)
        where TCommand : notnull
    {
        var field = mutation.Field<NonNullGraphType<ProjectType>>(name).Description(description).Argument<NonNullGraphType<IdGraphType>>("projectId");
        foreach (var argument in arguments)
        {
            field.FieldType.Arguments!.Add(argument);
        }

        field.ResolveAsync(context => context.ChangedAsync((TCommand command) => Changed(context, context.GetArgument<Guid>("projectId"))));
    }

    /// <summary>The project as the command left it: the command's transaction has written it.</summary>
    private static async Task<Project> Changed(IResolveFieldContext context, Guid projectId) => (await context.LoadAsync<Project>(projectId))!;
}

public sealed class CreateProjectInputType : InputObjectGraphType
{
    public CreateProjectInputType()
    {
        Name = "CreateProjectInput";
        Field<NonNullGraphType<IdGraphType>>("clientId");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"At most {Project.NameMaxLength} characters.");
        Field<StringGraphType>("description").Description($"At most {Project.DescriptionMaxLength:N0} characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startDate");
        Field<DateOnlyGraphType>("endDate").Description("The target end, on or after the start; leave out while open-ended.");
    }
}
