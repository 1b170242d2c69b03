namespace Milestone.Api.Tests.GraphQL;

[Collection(Collections.GraphQL)]
public sealed class GraphQLOverHttpTests(MilestoneApp app)
{
    private const string TypeName = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task A_query_over_post_answers_in_the_graphql_response_media_type()
    {
        var response = await app.Host.PostAsync(TypeName, accept: "application/graphql-response+json");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/graphql-response+json", response.ContentType);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_client_that_accepts_only_json_gets_json()
    {
        var response = await app.Host.PostAsync(TypeName, accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    public async Task A_client_that_names_no_media_type_gets_json(string? accept)
    {
        var response = await app.Host.PostAsync(TypeName, accept: accept);

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.ContentType);
    }

    [Fact]
    public async Task A_query_over_get_is_answered()
    {
        var response = await app.Host.GetAsync("{ __typename }");

        Assert.Equal(200, response.Status);
        Assert.Equal("Query", response.Body.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405_and_writes_nothing()
    {
        var before = await app.CountEventsAsync();

        var response = await app.Host.GetAsync("mutation { submitRequest(input: { title: \"Via GET\" }) { request { id } } }");

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        var response = await app.Host.PostAsync("{ this is not json");

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
    }

    [Fact]
    public async Task A_body_without_a_query_is_a_400()
    {
        var response = await app.Host.PostAsync("""{"variables":{}}""");

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task A_query_that_is_not_a_string_is_a_400()
    {
        var response = await app.Host.PostAsync("""{"query":{"not":"a string"}}""");

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task A_body_in_another_media_type_is_a_415()
    {
        var response = await app.Host.PostAsync("query={__typename}", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(415, response.Status);
    }

    [Fact]
    public async Task A_client_that_accepts_nothing_we_serve_gets_406()
    {
        var response = await app.Host.PostAsync(TypeName, accept: "text/html");

        Assert.Equal(406, response.Status);
    }

    [Fact]
    public async Task An_invalid_document_is_a_400_in_the_graphql_response_media_type()
    {
        var response = await app.Host.PostAsync("""{"query":"{ noSuchField }"}""", accept: "application/graphql-response+json");

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_invalid_document_is_a_200_for_a_json_only_client()
    {
        var response = await app.Host.PostAsync("""{"query":"{ noSuchField }"}""", accept: "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
    }

    [Fact]
    public async Task A_syntax_error_is_a_bad_request()
    {
        var response = await app.Host.PostAsync("""{"query":"{ __typename "}""", accept: "application/graphql-response+json");

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
    }

    [Fact]
    public async Task A_batch_answers_each_operation_in_order()
    {
        var response = await app.Host.PostAsync("""[{"query":"{ __typename }"},{"query":"{ a: __typename }"}]""");

        Assert.Equal(200, response.Status);
        var results = response.Body.EnumerateArray().ToArray();
        Assert.Equal("Query", results[0].GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal("Query", results[1].GetProperty("data").GetProperty("a").GetString());
    }

    [Fact]
    public async Task A_batch_of_more_than_five_operations_is_refused_whole()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", 6)) + "]";

        var response = await app.Host.PostAsync(batch);

        Assert.Equal(400, response.Status);
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413()
    {
        var huge = JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { padding = new string('x', 1_100_000) } });

        var response = await app.Host.PostAsync(huge);

        Assert.Equal(413, response.Status);
    }

    [Fact]
    public async Task Errors_never_carry_a_stack_trace()
    {
        var response = await app.Host.PostAsync("""{"query":"query($id: ID!) { request(id: $id) { id } }","variables":{"id":{"deep":[1,2]}}}""");

        Assert.DoesNotContain("   at ", response.Body.ToString());
        Assert.Equal("BAD_REQUEST", response.Body.SingleError().Code());
    }
}
