namespace Milestone.Api.Tests.Infrastructure;

public static class GraphQLCalls
{
    public static async Task<JsonElement> GraphQLAsync(
        this IAlbaHost host,
        string query,
        object? variables = null,
        SignedIn? signedIn = null,
        int expectedStatus = 200)
    {
        var result = await host.Scenario(scenario =>
        {
            scenario.Post.Json(new { query, variables }).ToUrl("/graphql");
            scenario.WithRequestHeader("Accept", "application/graphql-response+json");
            if (signedIn is not null)
            {
                scenario.WithRequestHeader("Authorization", $"Bearer {signedIn.AccessToken}");
            }

            scenario.StatusCodeShouldBe(expectedStatus);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    public static JsonElement Data(this JsonElement response, string field)
    {
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"Expected no errors, got {errors}");
        }

        return response.GetProperty("data").GetProperty(field);
    }

    public static JsonElement SingleError(this JsonElement response) =>
        Assert.Single(response.GetProperty("errors").EnumerateArray());

    public static string Code(this JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    public static string? Extension(this JsonElement error, string name) =>
        error.GetProperty("extensions").TryGetProperty(name, out var value) ? value.GetString() : null;
}
