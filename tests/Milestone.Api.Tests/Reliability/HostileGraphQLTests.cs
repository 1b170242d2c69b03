using Xunit.Abstractions;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Hostile GraphQL over the real HTTP transport: documents built from the live schema and made wrong
/// in every way we could think of, and transport-level abuse. None may get a 5xx, show the server's
/// insides, go uncoded, or write an event.
/// </summary>
[Collection(Collections.HostileInput)]
public sealed class HostileGraphQLTests(HostileInputApp app, ITestOutputHelper output)
{
    private const int Cases = 400;

    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Generated_hostile_requests_are_refused_with_coded_errors_and_write_nothing()
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);
        var random = new Random(HostileRun.Seed);
        var values = new HostileValues(SchemaShape.Of(app.Host.Services.GetRequiredService<MilestoneSchema>()), random, scene.KnownIds);
        var requests = new HostileGraphQLRequests(new HostileDocuments(SchemaShape.Of(app.Host.Services.GetRequiredService<MilestoneSchema>()), values, random), values, random);
        var run = new HostileRun(app.Host, app.ConnectionString, scene);

        await run.SendAsync(Cases, random, requests.Next, RefusalChecks.OfGraphQL);

        output.WriteLine($"Slowest cases:\n{string.Join("\n", run.Slowest)}");
        Assert.True(run.Failures.Count == 0, run.Report("hostile GraphQL requests"));
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_document_nested_deeper_than_the_parser_reads_is_a_bad_request()
    {
        var deep = "{ " + string.Concat(Enumerable.Repeat("me { ", 500)) + "id" + new string('}', 500) + " }";

        var response = await app.Host.PostAsync(JsonSerializer.Serialize(new { query = deep }), accept: GraphQLResponse);

        Assert.Equal(400, response.Status);
        Assert.Equal(ErrorCodes.BadRequest, response.Body.SingleError().Code());
    }

    [Fact]
    public async Task A_megabyte_long_line_is_refused_before_it_is_parsed()
    {
        var oneLongLine = "{ __typename " + new string('a', 900_000) + " {";

        var response = await app.Host.PostAsync(JsonSerializer.Serialize(new { query = oneLongLine }), accept: GraphQLResponse);

        Assert.Equal(400, response.Status);
        var error = response.Body.SingleError();
        Assert.Equal(ErrorCodes.BadRequest, error.Code());
        Assert.Contains($"at most {DocumentLimits.MaxLineLength}", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_fragment_bomb_is_refused_before_it_is_expanded()
    {
        const int levels = 40;
        var fragments = string.Concat(Enumerable.Range(0, levels).Select(level => $" fragment F{level} on Query {{ ...F{level + 1} ...F{level + 1} }}"));
        var bomb = $"query {{ ...F0 }}{fragments} fragment F{levels} on Query {{ __typename }}";

        var response = await app.Host.PostAsync(JsonSerializer.Serialize(new { query = bomb }), accept: GraphQLResponse);

        Assert.Equal(400, response.Status);
        var error = response.Body.SingleError();
        Assert.Equal(ErrorCodes.BadRequest, error.Code());
        Assert.Contains("fragments", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_method_the_endpoint_does_not_take_is_a_coded_problem()
    {
        var response = await app.Host.SendAsync(new HostileRequest("PUT", "PUT", "/graphql", "{\"query\":\"{ __typename }\"}"u8.ToArray(), "application/json"), null);

        RefusalChecks.AssertCodedProblem(response, 405, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Text_with_U0000_is_a_bad_request_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);

        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer\u0000jams" } }, scene.Member);

        Assert.Equal(ErrorCodes.BadRequest, response.SingleError().Code());
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }
}
