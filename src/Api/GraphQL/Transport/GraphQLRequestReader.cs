using GraphQL.Transport;

namespace Milestone.Api.GraphQL.Transport;

public sealed record ParsedGraphQLRequests(IReadOnlyList<GraphQLRequest> Requests, bool IsBatch, RequestProblem? Problem)
{
    public static ParsedGraphQLRequests Single(GraphQLRequest request) => new([request], false, null);

    public static ParsedGraphQLRequests Failed(int statusCode, string message) => new([], false, new RequestProblem(statusCode, message));
}

public sealed record RequestProblem(int StatusCode, string Message);

/// <summary>Turns an HTTP request into GraphQL requests, or into the reason it is not one.</summary>
public static class GraphQLRequestReader
{
    public static ParsedGraphQLRequests FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        try
        {
            var request = new GraphQLRequest
            {
                Query = query["query"].ToString(),
                OperationName = NullIfEmpty(query["operationName"].ToString()),
                Variables = DeserializeOrNull<Inputs>(query["variables"].ToString(), serializer),
                Extensions = DeserializeOrNull<Inputs>(query["extensions"].ToString(), serializer),
            };
            return Checked([request], isBatch: false);
        }
        catch (JsonException)
        {
            return ParsedGraphQLRequests.Failed(StatusCodes.Status400BadRequest, "variables and extensions must be JSON objects.");
        }
    }

    public static async Task<ParsedGraphQLRequests> FromBodyAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        if (!GraphQLMediaTypes.IsJsonRequestBody(http.ContentType))
        {
            return ParsedGraphQLRequests.Failed(StatusCodes.Status415UnsupportedMediaType, $"Send the request body as {GraphQLMediaTypes.Json}.");
        }

        var body = await BoundedBody.ReadAsync(http, DocumentLimits.MaxBodyBytes);
        if (body is null)
        {
            return TooLarge();
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Object => Checked([Deserialize<GraphQLRequest>(body, serializer)], isBatch: false),
                JsonValueKind.Array => Batch(document.RootElement, body, serializer),
                _ => NotARequest(),
            };
        }
        catch (Exception exception) when (exception is JsonException or GraphQLRequestShapeException)
        {
            return NotARequest();
        }
    }

    private static ParsedGraphQLRequests Batch(JsonElement array, byte[] body, IGraphQLTextSerializer serializer)
    {
        var count = array.GetArrayLength();
        if (count is 0 or > DocumentLimits.MaxOperationsPerBatch)
        {
            return ParsedGraphQLRequests.Failed(StatusCodes.Status400BadRequest,
                $"A batch holds from 1 to {DocumentLimits.MaxOperationsPerBatch} operations; this one holds {count}.");
        }

        if (array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Object))
        {
            return NotARequest();
        }

        return Checked(Deserialize<List<GraphQLRequest>>(body, serializer), isBatch: true);
    }

    private static ParsedGraphQLRequests Checked(IReadOnlyList<GraphQLRequest> requests, bool isBatch) =>
        requests.Any(request => string.IsNullOrWhiteSpace(request.Query))
            ? ParsedGraphQLRequests.Failed(StatusCodes.Status400BadRequest, "The request has no query.")
            : new ParsedGraphQLRequests(requests, isBatch, null);

    private static T Deserialize<T>(byte[] body, IGraphQLTextSerializer serializer)
    {
        try
        {
            return serializer.Deserialize<T>(System.Text.Encoding.UTF8.GetString(body)) ?? throw new GraphQLRequestShapeException();
        }
        catch (Exception exception) when (exception is not JsonException and not GraphQLRequestShapeException)
        {
            throw new GraphQLRequestShapeException();
        }
    }

    private static T? DeserializeOrNull<T>(string json, IGraphQLTextSerializer serializer) where T : class =>
        string.IsNullOrEmpty(json) ? null : serializer.Deserialize<T>(json);

    private static ParsedGraphQLRequests NotARequest() =>
        ParsedGraphQLRequests.Failed(StatusCodes.Status400BadRequest,
            "The body must be a JSON object with a string \"query\" (and optional \"operationName\", \"variables\", \"extensions\"), or an array of them.");

    private static ParsedGraphQLRequests TooLarge() =>
        ParsedGraphQLRequests.Failed(StatusCodes.Status413PayloadTooLarge, $"The body exceeds {DocumentLimits.MaxBodyBytes} bytes.");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private sealed class GraphQLRequestShapeException : Exception;
}
