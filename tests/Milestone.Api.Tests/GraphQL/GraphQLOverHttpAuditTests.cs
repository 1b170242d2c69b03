namespace Milestone.Api.Tests.GraphQL;

/// <summary>The graphql-http package's server audit, run against the real host on a real socket.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class GraphQLOverHttpAuditTests
{
    [Fact]
    public async Task Every_MUST_of_the_GraphQL_over_HTTP_audit_passes()
    {
        var connectionString = await TestDatabaseServer.CreateDatabaseAsync();
        await using var host = await HostProcess.StartAsync(connectionString);

        var output = await NodeTool.RunAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "graphql-http-audit"),
            "audit.mjs",
            new Uri(host.BaseAddress, "/graphql").ToString());

        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        var failedMusts = results
            .Where(result => result.GetProperty("status").GetString() == "error")
            .Select(result => $"{result.GetProperty("name").GetString()}: {result.GetProperty("reason")}")
            .ToList();
        Assert.NotEmpty(results);
        Assert.True(failedMusts.Count == 0, string.Join("\n", failedMusts));
    }
}
