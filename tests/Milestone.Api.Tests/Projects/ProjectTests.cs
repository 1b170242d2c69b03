using Npgsql;

namespace Milestone.Api.Tests.Projects;

/// <summary>
/// Projects through the host: the hand-worked "Office move" of docs/projects.md, built with the staff's mutations, its
/// progress and time read back per task, phase and project by the client and by staff, and in the reporting tables.
/// </summary>
[Collection(Collections.Conversation)]
public sealed class ProjectTests(MilestoneApp app)
{
    private const string Details = """
        query($id: ID!) {
          project(id: $id) {
            number name status loggedMinutes billableMinutes progress { percent doneEstimateMinutes totalEstimateMinutes }
            phases { name loggedMinutes billableMinutes progress { percent }
              tasks { title status estimateMinutes loggedMinutes billableMinutes internalNotes { text } } }
            requests { id }
          }
        }
        """;

    [Fact]
    public async Task The_hand_worked_project_shows_its_progress_and_time_per_task_phase_and_project_to_the_client_without_internal_notes()
    {
        var scene = await app.ProjectSceneAsync("Moving Ltd");
        var office = await app.OfficeMoveWithTimeAsync(scene);

        var seenByClient = (await app.Host.GraphQLAsync(Details, new { id = office.Id }, scene.ClientAdmin)).Data("project");
        var seenByStaff = (await app.Host.GraphQLAsync(Details, new { id = office.Id }, scene.Agent)).Data("project");

        Assert.Equal(("ACTIVE", 265, 235), (seenByClient.GetProperty("status").GetString(), seenByClient.GetProperty("loggedMinutes").GetInt32(), seenByClient.GetProperty("billableMinutes").GetInt32()));
        Assert.Equal("29 300/1020", Progress(seenByClient));
        Assert.Equal(
            ["Plan 100% 105/105: Survey the new office DONE 240 45/45, Order cabling DONE 60 60/60",
             "Move 0% 160/130: Move the servers IN_PROGRESS 480 160/130, Set up desks TO_DO 240 0/0, Move the phones CANCELLED 120 0/0"],
            Phases(seenByClient));
        Assert.Equal(Phases(seenByClient), Phases(seenByStaff));
        Assert.All(Tasks(seenByClient), task => Assert.Equal(JsonValueKind.Null, task.GetProperty("internalNotes").ValueKind));
        Assert.Equal("Rack 3 has no rails", Tasks(seenByStaff).Single(task => task.GetProperty("title").GetString() == "Move the servers").GetProperty("internalNotes")[0].GetProperty("text").GetString());
        Assert.Equal([office.LinkedRequest], seenByClient.GetProperty("requests").EnumerateArray().Select(request => request.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_project_queries_of_the_reporting_docs_answer_the_hand_worked_projects_hours_per_phase_and_progress()
    {
        var office = await app.OfficeMoveWithTimeAsync(await app.ProjectSceneAsync("Reported Moves Ltd"));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        var examples = Insights.ReportingTablesTests.ExamplesInDocs();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();

        var phases = await connection.RowsAsync(examples[9]);
        var progress = await connection.RowsAsync(examples[10]);

        Assert.Equal([$"{office.Id}|0|Plan|1.75|1.75", $"{office.Id}|1|Move|2.67|2.17"], phases.Where(row => row.StartsWith(office.Id, StringComparison.Ordinal)));
        Assert.Contains(progress, row => row.EndsWith("|Office move|Active|300|1020|2|4|29", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_projects_history_lists_every_event_in_order_and_keeps_the_internal_notes_from_the_client()
    {
        var scene = await app.ProjectSceneAsync("Audited Ltd");
        var office = await app.OfficeMoveAsync(scene);
        const string History = "query($id: ID!) { projectHistory(id: $id) { type } }";

        var staff = (await app.Host.GraphQLAsync(History, new { id = office.Id }, scene.Manager)).Data("projectHistory").EnumerateArray().Select(recorded => recorded.GetProperty("type").GetString()).ToList();
        var client = (await app.Host.GraphQLAsync(History, new { id = office.Id }, scene.ClientAdmin)).Data("projectHistory").EnumerateArray().Select(recorded => recorded.GetProperty("type").GetString()).ToList();

        Assert.Equal(["ProjectCreated", "ProjectStatusChanged", "PhaseAdded", "PhaseAdded"], staff.Take(4));
        Assert.Equal(("TaskNoteAdded", 5, 4, 1, 2), (staff[^1], staff.Count(type => type == "TaskAdded"), staff.Count(type => type is "TaskCompleted" or "TaskStarted" or "TaskCancelled"), staff.Count(type => type == "TaskStarted"), staff.Count(type => type == "TaskCompleted")));
        Assert.Equal(staff.SkipLast(1), client);
    }

    [Fact]
    public async Task Clients_list_their_own_projects_by_status_and_search_and_the_dashboard_counts_the_open_ones()
    {
        var scene = await app.ProjectSceneAsync("Listed Ltd");
        var office = await app.OfficeMoveAsync(scene);
        var wifi = await app.CreateProjectAsync(scene, "Guest Wi-Fi", "New access points in the lobby");
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { changeProjectStatus(projectId: $id, status: CANCELLED, reason: \"Landlord said no\") { status } }", new { id = wifi }, scene.Manager)).Data("changeProjectStatus");
        var others = await app.ProjectSceneAsync("Other Ltd");
        await app.CreateProjectAsync(others, "Their project", "Not for Listed Ltd's eyes");

        var all = await ListAsync(scene.ClientAdmin, "");
        var active = await ListAsync(scene.ClientAdmin, "(status: ACTIVE)");
        var searched = await ListAsync(scene.ClientAdmin, "(search: \"LOBBY\")");
        var dashboard = (await app.Host.GraphQLAsync("query($id: ID!) { clientDashboard(clientId: $id) { openProjects { id } } }", new { id = scene.ClientAdmin.ClientId }, scene.ClientAdmin))
            .Data("clientDashboard").GetProperty("openProjects").EnumerateArray().Select(project => project.GetProperty("id").GetString()).ToList();

        Assert.Equal([wifi, office.Id], all);
        Assert.Equal([office.Id], active);
        Assert.Equal([wifi], searched);
        Assert.Equal([office.Id], dashboard);
    }

    [Fact]
    public async Task Projects_created_at_once_take_consecutive_numbers_without_gaps()
    {
        var scene = await app.ProjectSceneAsync("Numbered Ltd");

        var answers = await Task.WhenAll(Enumerable.Range(1, 6).Select(index => app.Host.GraphQLAsync(
            ProjectScenes.Create, new { input = new { clientId = scene.ClientAdmin.ClientId, name = $"Project {index}", startDate = "2026-12-01" } }, scene.Manager)));

        var numbers = answers.Select(answer => int.Parse(answer.Data("createProject").GetProperty("number").GetString()!["PRJ-".Length..], CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(numbers[0], 6), numbers);
    }

    [Fact]
    public async Task Refusals_name_their_reason_and_write_nothing()
    {
        var scene = await app.ProjectSceneAsync("Refused Ltd");
        var office = await app.OfficeMoveAsync(scene);
        var others = await app.ProjectSceneAsync("Elsewhere Ltd");
        var theirRequest = await app.ProjectRequestAsync(others, "Not yours");
        var phonesRequest = await app.ProjectRequestAsync(scene, "Phones");
        var before = await ProjectEventCountAsync(theirRequest, phonesRequest);

        var byClient = await app.Host.GraphQLAsync(ProjectScenes.Create, new { input = new { clientId = scene.ClientAdmin.ClientId, name = "Mine", startDate = "2026-12-01" } }, scene.ClientAdmin);
        var byAgent = await app.Host.GraphQLAsync(ProjectScenes.Create, new { input = new { clientId = scene.ClientAdmin.ClientId, name = "Mine", startDate = "2026-12-01" } }, scene.Agent);
        var backwards = await app.Host.GraphQLAsync(ProjectScenes.Create, new { input = new { clientId = scene.ClientAdmin.ClientId, name = "Backwards", startDate = "2026-12-01", endDate = "2026-11-01" } }, scene.Manager);
        var foreign = await app.Host.GraphQLAsync("query($id: ID!) { project(id: $id) { name } }", new { id = office.Id }, others.ClientAdmin);
        var completeEarly = await app.Host.GraphQLAsync("mutation($id: ID!) { changeProjectStatus(projectId: $id, status: COMPLETED) { status } }", new { id = office.Id }, scene.Manager);
        var workElsewhere = await app.Host.GraphQLAsync(
            "mutation($r: ID!, $d: DateOnly!, $t: ProjectTaskInput!) { logWork(requestId: $r, minutes: 30, workDate: $d, projectTask: $t) { id } }",
            new { r = theirRequest, d = app.ProjectToday(), t = new { projectId = office.Id, taskId = office.Task("Set up desks") } }, others.Agent);
        var cancelledTask = await app.Host.GraphQLAsync(
            "mutation($r: ID!, $d: DateOnly!, $t: ProjectTaskInput!) { logWork(requestId: $r, minutes: 30, workDate: $d, projectTask: $t) { id } }",
            new { r = phonesRequest, d = app.ProjectToday(), t = new { projectId = office.Id, taskId = office.Task("Move the phones") } }, scene.Agent);
        var notAnId = await app.Host.GraphQLAsync(
            "mutation($r: ID!, $d: DateOnly!) { logWork(requestId: $r, minutes: 30, workDate: $d, projectTask: {projectId: \"PRJ-0001\", taskId: \"desks\"}) { id } }",
            new { r = phonesRequest, d = app.ProjectToday() }, scene.Agent);
        var after = await ProjectEventCountAsync(theirRequest, phonesRequest);

        Assert.Equal(("FORBIDDEN", "FORBIDDEN"), (byClient.SingleError().Code(), byAgent.SingleError().Code()));
        Assert.Equal(("VALIDATION", "endDate"), (backwards.SingleError().Code(), backwards.SingleError().Extension("field")));
        Assert.Equal(("NOT_FOUND", "NOT_FOUND", "NOT_FOUND"), (foreign.SingleError().Code(), workElsewhere.SingleError().Code(), notAnId.SingleError().Code()));
        Assert.Equal(("CONFLICT", "CONFLICT"), (completeEarly.SingleError().Code(), cancelledTask.SingleError().Code()));
        Assert.Equal(before, after);
    }

    private async Task<List<string?>> ListAsync(SignedIn caller, string arguments) =>
        (await app.Host.GraphQLAsync($"{{ projects{arguments} {{ id }} }}", signedIn: caller)).Data("projects").EnumerateArray().Select(project => project.GetProperty("id").GetString()).ToList();

    /// <summary>Every project event, and the worklogs of the requests named.</summary>
    private async Task<long> ProjectEventCountAsync(params string[] requestIds)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var requests = string.Join(", ", requestIds.Select(id => $"'{Guid.Parse(id)}'"));
        var counted = await connection.RowsAsync(
            "select count(*) from milestone.mt_events where type like 'project%' or type like 'phase%' or type like 'task%' "
            + $"or (type = 'work_logged' and stream_id in ({requests}))");
        return long.Parse(counted[0], CultureInfo.InvariantCulture);
    }

    private static string Progress(JsonElement project)
    {
        var progress = project.GetProperty("progress");
        return $"{progress.GetProperty("percent").GetInt32()} {progress.GetProperty("doneEstimateMinutes").GetInt32()}/{progress.GetProperty("totalEstimateMinutes").GetInt32()}";
    }

    private static List<string> Phases(JsonElement project) =>
    [
        .. project.GetProperty("phases").EnumerateArray().Select(phase =>
            $"{phase.GetProperty("name").GetString()} {phase.GetProperty("progress").GetProperty("percent").GetInt32()}% "
            + $"{phase.GetProperty("loggedMinutes").GetInt32()}/{phase.GetProperty("billableMinutes").GetInt32()}: "
            + string.Join(", ", phase.GetProperty("tasks").EnumerateArray().Select(task =>
                $"{task.GetProperty("title").GetString()} {task.GetProperty("status").GetString()} {task.GetProperty("estimateMinutes").GetInt32()} "
                + $"{task.GetProperty("loggedMinutes").GetInt32()}/{task.GetProperty("billableMinutes").GetInt32()}"))),
    ];

    private static IEnumerable<JsonElement> Tasks(JsonElement project) =>
        project.GetProperty("phases").EnumerateArray().SelectMany(phase => phase.GetProperty("tasks").EnumerateArray());
}
