using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Projects;

/// <summary>Time logged on a project task is billable work like any other: it draws the client's hour bank.</summary>
[Collection(Collections.HourBanks)]
public sealed class ProjectHoursTests(HourBankApp app)
{
    [Fact]
    public async Task Billable_time_logged_toward_a_project_task_draws_the_hour_bank_and_shows_on_the_project()
    {
        var scene = await app.SceneAsync();
        await app.PurchaseAsync(scene, 600);
        var project = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { createProject(input: {clientId: $id, name: \"Server refresh\", startDate: \"2026-01-01\"}) { id } }", new { id = scene.ClientId }, scene.Admin))
            .Data("createProject").GetProperty("id").GetString()!;
        var phased = (await app.Host.GraphQLAsync(
            "mutation($id: ID!) { addProjectPhase(projectId: $id, name: \"Install\") { phases { id } } }", new { id = project }, scene.Admin)).Data("addProjectPhase");
        var task = (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $phase: ID!) { addProjectTask(projectId: $id, phaseId: $phase, title: \"Rack the servers\", estimateMinutes: 240) { phases { tasks { id } } } }",
            new { id = project, phase = phased.GetProperty("phases")[0].GetProperty("id").GetString() }, scene.Admin))
            .Data("addProjectTask").GetProperty("phases")[0].GetProperty("tasks")[0].GetProperty("id").GetString();

        await app.SettledAsync(() => app.Host.GraphQLAsync(
            "mutation($r: ID!, $d: DateOnly!, $t: ProjectTaskInput!) { logWork(requestId: $r, minutes: 100, workDate: $d, projectTask: $t) { id } }",
            new { r = scene.RequestId, d = app.Today(), t = new { projectId = project, taskId = task } }, scene.Agent));
        var bank = await app.BankAsync(scene);
        var logged = (await app.Host.GraphQLAsync("query($id: ID!) { project(id: $id) { billableMinutes } }", new { id = project }, scene.ClientAdmin)).Data("project");

        Assert.Equal((105, 495), (bank.Minutes("consumedMinutes"), bank.Minutes("remainingMinutes")));
        Assert.Equal(100, logged.GetProperty("billableMinutes").GetInt32());
    }
}
