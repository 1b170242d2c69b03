namespace Milestone.Api.Tests.Operability;

/// <summary>The schema the host applies at start-up is the schema it asserts: `db-assert` finds nothing to change.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
[Collection(Collections.GraphQL)]
public sealed class SchemaAssertionTests(MilestoneApp app)
{
    [Fact]
    public async Task A_database_the_host_has_started_on_matches_its_configuration()
    {
        var assertion = await HostCommand.RunAsync(app.ConnectionString, "db-assert");

        Assert.True(assertion.ExitCode == 0, assertion.Output + assertion.Errors);
        Assert.Contains("No database differences detected for 'Main'", assertion.Output);
    }
}
