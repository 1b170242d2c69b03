namespace Milestone.Api.Tests.Insights;

/// <summary>
/// The example SQL of docs/reporting.md, run as the BI reader role that <c>reporting grant-reader</c> creates, on the seeded quarter (<see cref="QuarterApp"/>),
/// so the documentation stays true: for Initech, 3 + 1 requests opened and 3 + 1 closed in November and December,
/// 4 of 5 targets met, Ann 1.5 h and Bob 1 h, 600 minutes sold and 150 used, one request open for over two weeks,
/// 2.5 h for the Service desk (Bob's hour was worked the day he moved there from Field), 2.5 h billed to Initech in
/// November in London, and the agents by name.
/// </summary>
[Collection(Collections.Quarter)]
public sealed partial class ReportingTablesTests(QuarterApp app)
{
    private const string Password = "reader's secret";

    [Fact]
    public async Task Every_example_in_the_docs_runs_as_the_reader_and_answers_the_seeded_figures()
    {
        var examples = ExamplesInDocs();
        await using var reader = await ReaderAsync();

        var answers = new List<List<string>>();
        foreach (var sql in examples)
        {
            answers.Add(await reader.RowsAsync(sql));
        }

        Assert.Equal(11, answers.Count);
        var initech = app.Initech.ToString();
        Assert.Equal([$"{initech}|2026-11-01|3|3", $"{initech}|2026-12-01|1|1"], answers[0].Where(row => row.StartsWith(initech, StringComparison.Ordinal)));
        Assert.Contains($"{initech}|5|4|80.0", answers[1]);
        Assert.Equal(new[] { $"{app.Ann.PersonId}|1.50|1.50", $"{app.Bob.PersonId}|1.00|1.00" }.Order(), answers[2].Order());
        Assert.Equal([$"{initech}|600|150"], answers[3]);
        Assert.Contains($"{initech}|1|1", answers[4]);
        Assert.Equal(["Service desk|2.50"], answers[5]);
        Assert.Equal(2, answers[6].Count);
        Assert.Contains("Initech|2026-11|2.50", answers[7]);
        Assert.Contains("Ann Agent|Active|1.50", answers[8]);
        Assert.Contains("Bob Agent|Active|1.00", answers[8]);
    }

    [Fact]
    [Trait(TestKinds.Trait, TestKinds.Process)]
    public async Task A_persons_row_follows_their_role_and_stays_named_once_they_are_deactivated()
    {
        var dana = await app.InvitedAndSignedInAsync(app.Admin, Role.Agent, null, "Dana Directory");
        Ok(await app.Host.GraphQLAsync("mutation($id: ID!) { changeRole(personId: $id, role: TEAM_LEAD) { id } }", new { id = dana.PersonId }, app.Admin));
        Ok(await app.Host.GraphQLAsync("mutation($id: ID!) { deactivatePerson(personId: $id) { id } }", new { id = dana.PersonId }, app.Admin));
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));
        await using var reader = await ReaderAsync();

        var rows = await reader.RowsAsync(
            $"select name, role, staff, client_id, status, joined_at is not null, deactivated_at is not null from reporting.people where person_id = '{dana.PersonId}'");
        var initech = await reader.RowsAsync($"select name, time_zone from reporting.clients where client_id = '{app.Initech}'");

        Assert.Equal(["Dana Directory|TeamLead|True||Deactivated|True|True"], rows);
        Assert.Equal(["Initech|Europe/London"], initech);
    }

    [Fact]
    [Trait(TestKinds.Trait, TestKinds.Process)]
    public async Task The_reader_may_read_the_reporting_schema_and_nothing_else()
    {
        await using var reader = await ReaderAsync();

        var reads = await reader.RowsAsync("select count(*) from reporting.requests");
        var events = await Assert.ThrowsAsync<PostgresException>(() => reader.RowsAsync("select count(*) from milestone.mt_events"));
        var people = await Assert.ThrowsAsync<PostgresException>(() => reader.RowsAsync("select count(*) from milestone.mt_doc_personaccount"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => reader.RowsAsync("delete from reporting.requests"));
        var insert = await Assert.ThrowsAsync<PostgresException>(() => reader.RowsAsync("insert into reporting.messages select * from reporting.messages"));

        Assert.NotEqual(["0"], reads);
        Assert.All([events, people, delete, insert], refused => Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState));
    }

    private async Task<NpgsqlConnection> ReaderAsync()
    {
        var grant = await HostCommand.RunAsync(app.ConnectionString, "reporting", "grant-reader", "--role", "bi_reader", "--password", Password);
        Assert.True(grant.ExitCode == 0, grant.Errors + grant.Output);

        var reader = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Username = "bi_reader", Password = Password }.ConnectionString);
        await reader.OpenAsync();
        return reader;
    }

    /// <summary>The SQL blocks of docs/reporting.md, in order.</summary>
    internal static List<string> ExamplesInDocs() =>
        [.. SqlBlock().Matches(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "reporting.md"))).Select(match => match.Groups["sql"].Value)];

    private static void Ok(JsonElement response) => Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());

    [GeneratedRegex("```sql\\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
