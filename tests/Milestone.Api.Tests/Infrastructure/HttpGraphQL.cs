using System.Net.Http.Json;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>GraphQL over plain HTTP to a host running as its own process.</summary>
public static class HttpGraphQL
{
    public static async Task<string> SignInAsync(this HttpClient http, string email, string password)
    {
        var signIn = await http.GraphQLAsync(
            accessToken: null,
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }",
            new { input = new { email, password } });
        return signIn.GetProperty("signIn").GetProperty("accessToken").GetString()!;
    }

    /// <summary>Sends one operation and returns its data, failing the test on any error.</summary>
    public static async Task<JsonElement> GraphQLAsync(this HttpClient http, string? accessToken, string query, object variables)
    {
        var result = await http.GraphQLResponseAsync(accessToken, query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    /// <summary>Sends one operation and returns the whole response, errors and all.</summary>
    public static async Task<JsonElement> GraphQLResponseAsync(this HttpClient http, string? accessToken, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        using var response = await http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
