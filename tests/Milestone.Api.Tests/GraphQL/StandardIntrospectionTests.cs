namespace Milestone.Api.Tests.GraphQL;

/// <summary>A host process on a real port, describing its schema to signed-in staff only (production's setting).</summary>
public sealed class StaffOnlyIntrospectionHost : IAsyncLifetime
{
    public StaffOnlyIntrospectionApp App { get; } = new();

    public HostProcess Process { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        Process = await HostProcess.StartAsync(App.ConnectionString, new Dictionary<string, string> { ["Milestone:GraphQL:Introspection"] = "SignedInStaff" });
    }

    public async Task DisposeAsync()
    {
        await Process.DisposeAsync();
        await App.DisposeAsync();
    }
}

/// <summary>
/// graphql-js's own <c>getIntrospectionQuery()</c> with every option on, as GraphiQL, Apollo, Relay, graphql-codegen,
/// Postman and Insomnia send it, over the real HTTP transport: the schema it builds is docs/schema.graphql.
/// </summary>
// A host process of its own on a real port, for Node.js to call.
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class StandardIntrospectionTests(StaffOnlyIntrospectionHost host) : IClassFixture<StaffOnlyIntrospectionHost>
{
    [Fact]
    public async Task An_administrators_tool_builds_the_published_schema_from_the_standard_introspection_query()
    {
        var admin = await host.App.SharedAdministratorAsync();

        var outcome = await IntrospectAsync(await host.Process.SignInAsync(admin.Email));

        Assert.True(outcome.GetProperty("errors").GetArrayLength() == 0, outcome.GetProperty("errors").ToString());
        Assert.Equal(200, outcome.GetProperty("status").GetInt32());
        Assert.Empty(outcome.GetProperty("breaking").EnumerateArray());
        Assert.Empty(outcome.GetProperty("dangerous").EnumerateArray());
        Assert.True(outcome.GetProperty("samePrinted").GetBoolean());
        Assert.StartsWith("Milestone:", outcome.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_users_tool_is_refused_the_standard_introspection_query()
    {
        var member = await host.App.ClientUserAsync();

        var outcome = await IntrospectAsync(await host.Process.SignInAsync(member.Email));

        Assert.Equal(400, outcome.GetProperty("status").GetInt32());
        Assert.Equal("BAD_REQUEST", outcome.GetProperty("errors").EnumerateArray().First().Code());
        Assert.All(outcome.GetProperty("errors").EnumerateArray(), error =>
            Assert.Equal("Introspection is available to signed-in staff only.", error.GetProperty("message").GetString()));
    }

    private async Task<JsonElement> IntrospectAsync(string accessToken) =>
        JsonDocument.Parse(await NodeTool.RunAsync(
            Path.Combine(RepositoryFiles.Root, "tests", "graphql-introspection"),
            "introspect.mjs",
            new Uri(host.Process.BaseAddress, "/graphql").ToString(),
            accessToken,
            RepositoryFiles.PublishedSchema)).RootElement;
}
