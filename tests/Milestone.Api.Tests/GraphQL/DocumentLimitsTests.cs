namespace Milestone.Api.Tests.GraphQL;

[Collection(Collections.GraphQL)]
public sealed class DocumentLimitsTests(MilestoneApp app)
{
    [Fact]
    public async Task Thirty_aliases_are_allowed()
    {
        var response = await app.Host.GraphQLAsync(Aliases(30));

        Assert.False(response.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Thirty_one_aliases_are_refused_before_anything_runs()
    {
        var response = await app.Host.GraphQLAsync(Aliases(31), expectedStatus: 400);

        Assert.Contains("aliases", AssertBadRequest(response));
    }

    [Fact]
    public async Task Twenty_one_root_fields_are_refused()
    {
        var fields = string.Join(" ", Enumerable.Repeat("__typename", 21));

        var response = await app.Host.GraphQLAsync($"{{ {fields} }}", expectedStatus: 400);

        Assert.Contains("root fields", AssertBadRequest(response));
    }

    [Fact]
    public async Task A_document_deeper_than_ten_levels_is_refused()
    {
        // Introspection as tools send it is exempt (IntrospectionExemptFromComplexity); listing fields of a field's type is not.
        var deep = "{ __schema { types { fields { type { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } } } }";

        var response = await app.Host.GraphQLAsync(deep, expectedStatus: 400);

        AssertBadRequest(response);
    }

    [Fact]
    public async Task A_document_costing_more_than_1000_is_refused_before_any_resolver_runs()
    {
        var costly = """
            query {
              requests(first: 100) {
                edges { node { id workItems { id title } attachments { id fileName } worklogs { id minutes } } }
              }
            }
            """;

        var response = await app.Host.GraphQLAsync(costly, expectedStatus: 400);

        AssertBadRequest(response);
    }

    private static string AssertBadRequest(System.Text.Json.JsonElement response)
    {
        var error = response.SingleError();
        Assert.Equal("BAD_REQUEST", error.Code());
        Assert.False(response.TryGetProperty("data", out _));
        return error.GetProperty("message").GetString()!;
    }

    private static string Aliases(int count) =>
        "{ __schema { " + string.Join(" ", Enumerable.Range(1, count).Select(index => $"a{index}: description")) + " } }";
}
