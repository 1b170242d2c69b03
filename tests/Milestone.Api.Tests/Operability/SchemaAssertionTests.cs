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

    /// <summary>
    /// A table first made on first use is made by whichever node gets there first; two sessions at once fail one
    /// caller's command (the tenant fault suite saw a submission refused so). The documents commands keep beside their
    /// streams are the ones that were made so.
    /// </summary>
    [Fact]
    public async Task Applying_the_schema_to_an_empty_database_makes_the_tables_of_the_documents_commands_keep()
    {
        var empty = await TestDatabaseServer.CreateDatabaseAsync();

        var apply = await HostCommand.RunAsync(empty, "db-apply");

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Errors);
        await using var connection = new NpgsqlConnection(empty);
        await connection.OpenAsync();
        await using var tables = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'milestone'", connection);
        var made = new List<string>();
        await using (var reader = await tables.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                made.Add(reader.GetString(0));
            }
        }

        string[] keptByCommands =
        [
            "mt_doc_submissionkey", "mt_doc_attachmentcontent", "mt_doc_jiraconnection", "mt_doc_jiraclientmapping",
            "mt_doc_jiraaccountlink", "mt_doc_jirasyncaccount", "mt_doc_jiradelivery", "mt_doc_jiraissueseen",
            "mt_doc_jiracommentseen", "mt_doc_jiraissuemovedbymilestone", "mt_doc_jirareconciliation",
        ];
        Assert.All(keptByCommands, table => Assert.Contains(table, made));
    }
}
