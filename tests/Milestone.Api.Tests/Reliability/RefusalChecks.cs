using System.Reflection;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// What every answer to hostile input must look like: no 5xx, nothing of the server's insides (stack
/// frames, exception types, source paths, namespaces), and every refusal coded with one of
/// <see cref="ErrorCodes"/>, either as a GraphQL error or as a problem response. INTERNAL counts as a
/// failure here: it is what an unexpected exception becomes.
/// </summary>
public static partial class RefusalChecks
{
    public const string ProblemJson = "application/problem+json";

    public static readonly IReadOnlySet<string> RefusalCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .Where(code => code != ErrorCodes.Internal)
        .ToHashSet();

    /// <summary>The ways an answer from /graphql falls short; empty when it is a proper answer or refusal.</summary>
    public static IEnumerable<string> OfGraphQL(HostileResponse response)
    {
        foreach (var common in Common(response))
        {
            yield return common;
        }

        if (IsMediaType(response, ProblemJson))
        {
            foreach (var problem in OfProblem(response))
            {
                yield return problem;
            }

            yield break;
        }

        if (!IsMediaType(response, "application/json") && !IsMediaType(response, "application/graphql-response+json"))
        {
            yield return $"answered {response.Status} as [{response.ContentType}], neither a GraphQL response nor a problem response";
            yield break;
        }

        if (Parse(response.Text) is not { } body)
        {
            yield return $"answered {response.Status} with a body that is not JSON";
            yield break;
        }

        var results = body.ValueKind == JsonValueKind.Array ? body.EnumerateArray().ToList() : [body];
        if (body.ValueKind == JsonValueKind.Array && response.Status >= 400)
        {
            yield return $"answered a batch with {response.Status}";
        }

        foreach (var result in results)
        {
            var errors = result.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToList() : [];
            if (response.Status >= 400 && errors.Count == 0)
            {
                yield return $"answered {response.Status} without errors";
            }

            foreach (var error in errors)
            {
                var code = error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var value) ? value.GetString() : null;
                if (code is null || !RefusalCodes.Contains(code))
                {
                    yield return $"error coded [{code}]: {error.GetProperty("message")}";
                }
            }
        }
    }

    /// <summary>The ways an answer from a plain HTTP endpoint falls short: a refusal must be a coded problem response.</summary>
    public static IEnumerable<string> OfHttpEndpoint(HostileResponse response)
    {
        foreach (var common in Common(response))
        {
            yield return common;
        }

        if (response.Status < 400)
        {
            yield break;
        }

        if (!IsMediaType(response, ProblemJson))
        {
            yield return $"refused with {response.Status} as [{response.ContentType}], not a problem response";
            yield break;
        }

        foreach (var problem in OfProblem(response))
        {
            yield return problem;
        }
    }

    public static void AssertCodedProblem(HostileResponse response, int status, string code)
    {
        Assert.Equal(status, response.Status);
        Assert.StartsWith(ProblemJson, response.ContentType);
        Assert.Equal(code, JsonDocument.Parse(response.Text).RootElement.GetProperty("code").GetString());
    }

    private static IEnumerable<string> OfProblem(HostileResponse response)
    {
        if (Parse(response.Text) is not { ValueKind: JsonValueKind.Object } problem)
        {
            yield return $"answered {response.Status} with a problem response that is not a JSON object";
            yield break;
        }

        var code = problem.TryGetProperty("code", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (code is null || !RefusalCodes.Contains(code))
        {
            yield return $"problem response {response.Status} coded [{code}]";
        }

        if (problem.TryGetProperty("status", out var status) && status.GetInt32() != response.Status)
        {
            yield return $"problem response says status {status} but was sent with {response.Status}";
        }
    }

    private static IEnumerable<string> Common(HostileResponse response)
    {
        if (response.Status >= 500)
        {
            yield return $"answered {response.Status}";
        }

        foreach (Match leak in InsideDetails().Matches(response.Text).Take(3))
        {
            yield return $"shows the server's insides: \"{leak.Value}\"";
        }
    }

    private static bool IsMediaType(HostileResponse response, string mediaType) =>
        response.ContentType?.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase) == true;

    private static JsonElement? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Stack frames, exception type names, source files and paths, and qualified names of our code or its libraries.
    [GeneratedRegex(@"\s+at [\w.`<>]+\(|\b\w+Exception\b|\.cs:line|\b\w+\.cs\b|/(work|root|home|usr|tmp|app)/|\b(System|Microsoft|Npgsql|Marten|Wolverine|JasperFx|GraphQL|GraphQLParser|Weasel|Milestone)\.[A-Z]\w*")]
    private static partial Regex InsideDetails();
}
