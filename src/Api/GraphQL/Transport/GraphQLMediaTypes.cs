using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Milestone.Api.GraphQL.Transport;

public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from the Accept header: the most preferred type we serve, with
    /// application/graphql-response+json winning ties when a client names both. A missing header or a
    /// wildcard gets application/json, which every GraphQL client understands (the spec's SHOULD).
    /// Null means 406.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var offered))
        {
            return null;
        }

        return offered
            .Where(type => type.Quality is null or > 0)
            .Select(type => (served: Served(type), quality: type.Quality ?? 1))
            .Where(candidate => candidate.served is not null)
            .OrderByDescending(candidate => candidate.quality)
            .ThenBy(candidate => candidate.served == GraphQLResponse ? 0 : 1)
            .Select(candidate => candidate.served)
            .FirstOrDefault();
    }

    /// <summary>
    /// Whether the Accept header ranks text/html above every GraphQL response type it names, as a browser's address bar
    /// does (<c>text/html,…,*/*;q=0.8</c>) and no GraphQL client does.
    /// </summary>
    public static bool PrefersHtml(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var offered))
        {
            return false;
        }

        var html = offered.Where(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(type => type.Quality ?? 1).DefaultIfEmpty(0).Max();
        var graphQL = offered.Where(type => type.MediaType.Value?.ToLowerInvariant() is GraphQLResponse or Json).Select(type => type.Quality ?? 1).DefaultIfEmpty(0).Max();
        return html > 0 && html > graphQL;
    }

    public static bool IsJsonRequestBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (parsed.Charset.Length == 0 || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    private static string? Served(MediaTypeHeaderValue type) => type.MediaType.Value?.ToLowerInvariant() switch
    {
        GraphQLResponse => GraphQLResponse,
        Json => Json,
        "application/*" or "*/*" => Json,
        _ => null,
    };
}
