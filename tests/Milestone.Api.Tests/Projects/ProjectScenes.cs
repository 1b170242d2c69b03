namespace Milestone.Api.Tests.Projects;

/// <summary>A client with its administrator, an account manager to shape projects and an agent to work them.</summary>
public sealed record ProjectScene(SignedIn Admin, SignedIn ClientAdmin, SignedIn Manager, SignedIn Agent);

/// <summary>The project's id, its tasks' ids by title, and the requests worked on it (the linked one, and one whose worklog names a task).</summary>
public sealed record BuiltProject(string Id, IReadOnlyDictionary<string, string> Tasks, string LinkedRequest = "", string OtherRequest = "")
{
    public string Task(string title) => Tasks[title];
}

/// <summary>The hand-worked project of docs/projects.md, built with the staff's mutations through the host.</summary>
public static class ProjectScenes
{
    public const string Create = """
        mutation($input: CreateProjectInput!) { createProject(input: $input) { id number status } }
        """;

    public static async Task<ProjectScene> ProjectSceneAsync(this MilestoneApp app, string clientName)
    {
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, clientName);
        var manager = await app.InvitedAndSignedInAsync(admin, Role.AccountManager, null);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        return new ProjectScene(admin, clientAdmin, manager, agent);
    }

    /// <summary>"Office move", active: Plan (both tasks done), Move (servers under way, desks to do, phones cancelled), a note on the servers.</summary>
    public static async Task<BuiltProject> OfficeMoveAsync(this MilestoneApp app, ProjectScene scene)
    {
        var id = await app.CreateProjectAsync(scene, "Office move", "From Leeds to York");
        await app.ProjectChangeAsync(scene.Manager, "changeProjectStatus(projectId: $id, status: ACTIVE)", new { id });
        var plan = await app.PhaseAsync(scene, id, "Plan");
        var move = await app.PhaseAsync(scene, id, "Move");
        var tasks = new Dictionary<string, string>();
        foreach (var (phase, title, estimate, status) in new[]
        {
            (plan, "Survey the new office", 240, "DONE"), (plan, "Order cabling", 60, "DONE"),
            (move, "Move the servers", 480, "IN_PROGRESS"), (move, "Set up desks", 240, "TO_DO"), (move, "Move the phones", 120, "CANCELLED"),
        })
        {
            var added = await app.ProjectChangeAsync(
                scene.Agent, "addProjectTask(projectId: $id, phaseId: $phase, title: $title, estimateMinutes: $estimate)", new { id, phase, title, estimate },
                "$phase: ID!, $title: String!, $estimate: Int!");
            tasks[title] = added.GetProperty("phases").EnumerateArray().SelectMany(candidate => candidate.GetProperty("tasks").EnumerateArray())
                .Single(task => task.GetProperty("title").GetString() == title).GetProperty("id").GetString()!;
            if (status != "TO_DO")
            {
                await app.ProjectChangeAsync(scene.Agent, $"changeProjectTaskStatus(projectId: $id, taskId: $task, status: {status})", new { id, task = tasks[title] }, "$task: ID!");
            }
        }

        await app.ProjectChangeAsync(scene.Agent, "addProjectTaskNote(projectId: $id, taskId: $task, text: \"Rack 3 has no rails\")", new { id, task = tasks["Move the servers"] }, "$task: ID!");
        return new BuiltProject(id, tasks);
    }

    /// <summary>
    /// The office move with its time: a request linked to the servers' task with 90 billable, 30 not, 50 corrected to 40,
    /// 20 deleted, and 60 naming the cabling; another request's 45 naming the survey.
    /// </summary>
    public static async Task<BuiltProject> OfficeMoveWithTimeAsync(this MilestoneApp app, ProjectScene scene)
    {
        var office = await app.OfficeMoveAsync(scene);
        var linked = await app.ProjectRequestAsync(scene, "Servers to York");
        var other = await app.ProjectRequestAsync(scene, "Site survey");
        var version = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = linked }, scene.Agent)).Data("request").GetProperty("version").GetInt32();
        (await app.Host.GraphQLAsync(
            "mutation($r: ID!, $v: Int!, $t: ProjectTaskInput!) { linkRequestToProjectTask(requestId: $r, version: $v, projectTask: $t) { projectId projectTaskId } }",
            new { r = linked, v = version, t = new { projectId = office.Id, taskId = office.Task("Move the servers") } }, scene.Agent)).Data("linkRequestToProjectTask");
        await app.LogOnProjectAsync(scene, linked, 90, billable: true);
        await app.LogOnProjectAsync(scene, linked, 30, billable: false);
        var corrected = await app.LogOnProjectAsync(scene, linked, 50, billable: true);
        var deleted = await app.LogOnProjectAsync(scene, linked, 20, billable: true);
        await app.LogOnProjectAsync(scene, linked, 60, billable: true, new { projectId = office.Id, taskId = office.Task("Order cabling") });
        await app.LogOnProjectAsync(scene, other, 45, billable: true, new { projectId = office.Id, taskId = office.Task("Survey the new office") });
        (await app.Host.GraphQLAsync(
            "mutation($r: ID!, $w: ID!, $d: DateOnly!) { correctWorklog(requestId: $r, worklogId: $w, minutes: 40, workDate: $d, billable: true) { id } }",
            new { r = linked, w = corrected, d = app.ProjectToday() }, scene.Agent)).Data("correctWorklog");
        (await app.Host.GraphQLAsync("mutation($r: ID!, $w: ID!) { deleteWorklog(requestId: $r, worklogId: $w) { id } }", new { r = linked, w = deleted }, scene.Agent)).Data("deleteWorklog");
        return office with { LinkedRequest = linked, OtherRequest = other };
    }

    public static async Task<string> CreateProjectAsync(this MilestoneApp app, ProjectScene scene, string name, string description) =>
        (await app.Host.GraphQLAsync(Create, new { input = new { clientId = scene.ClientAdmin.ClientId, name, description, startDate = "2026-12-01", endDate = "2027-02-28" } }, scene.Manager))
            .Data("createProject").GetProperty("id").GetString()!;

    /// <summary>Runs a project mutation on $id and answers the project's phases and tasks with their ids.</summary>
    public static async Task<JsonElement> ProjectChangeAsync(this MilestoneApp app, SignedIn caller, string call, object variables, string declarations = "")
    {
        var field = call[..call.IndexOf('(')];
        var separator = declarations.Length > 0 ? ", " : string.Empty;
        return (await app.Host.GraphQLAsync(
            $"mutation($id: ID!{separator}{declarations}) {{ {call} {{ id phases {{ id name tasks {{ id title }} }} }} }}", variables, caller)).Data(field);
    }

    public static async Task<string> ProjectRequestAsync(this MilestoneApp app, ProjectScene scene, string title) =>
        (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title } }, scene.ClientAdmin)).Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!;

    public static string ProjectToday(this MilestoneApp app) => DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<string> PhaseAsync(this MilestoneApp app, ProjectScene scene, string id, string name) =>
        (await app.ProjectChangeAsync(scene.Manager, "addProjectPhase(projectId: $id, name: $name)", new { id, name }, "$name: String!"))
            .GetProperty("phases").EnumerateArray().Single(phase => phase.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;

    private static async Task<string> LogOnProjectAsync(this MilestoneApp app, ProjectScene scene, string requestId, int minutes, bool billable, object? projectTask = null) =>
        (await app.Host.GraphQLAsync(
            "mutation($r: ID!, $m: Int!, $d: DateOnly!, $b: Boolean, $t: ProjectTaskInput) { logWork(requestId: $r, minutes: $m, workDate: $d, billable: $b, projectTask: $t) { id } }",
            new { r = requestId, m = minutes, d = app.ProjectToday(), b = billable, t = projectTask }, scene.Agent)).Data("logWork").GetProperty("id").GetString()!;
}
