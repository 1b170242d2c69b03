using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Milestone.Api.GraphQL.Explorer;

namespace Milestone.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP (the GraphQL Foundation's spec): POST with a JSON body, GET for queries,
/// content negotiation between application/graphql-response+json and application/json, and
/// batches of up to <see cref="DocumentLimits.MaxOperationsPerBatch"/> operations in a JSON array.
/// A WebSocket upgrade on the same path goes to <see cref="GraphQLWebSocketEndpoint"/>.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLExplorer();
        return endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync).DisableAntiforgery();
    }

    private static async Task HandleAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocketEndpoint.AcceptAsync(http);
            return;
        }

        if (GraphQLExplorer.IsAskedForBy(http.Request))
        {
            await GraphQLExplorer.WritePageAsync(http);
            return;
        }

        var responseType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (responseType is null)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var parsed = HttpMethods.IsGet(http.Request.Method)
            ? GraphQLRequestReader.FromQueryString(http.Request.Query, Serializer(http))
            : await GraphQLRequestReader.FromBodyAsync(http.Request, Serializer(http));
        if (parsed.Problem is { } problem)
        {
            await WriteRequestErrorAsync(http, problem.StatusCode, responseType, problem.Message);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var results = new List<ExecutionResult>(parsed.Requests.Count);
        foreach (var request in parsed.Requests)
        {
            results.Add(await ExecuteAsync(http, request, isGet, parsed.IsBatch));
        }

        if (isGet && results[0].Errors?.Any(error => error is ValidationError { Number: QueriesOnlyOverGet.ErrorNumber }) == true)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
            await WriteAsync(http, StatusCodes.Status405MethodNotAllowed, responseType, results[0]);
            return;
        }

        if (parsed.IsBatch)
        {
            await WriteAsync(http, StatusCodes.Status200OK, responseType, results);
            return;
        }

        var failedBeforeExecution = !results[0].Executed;
        var status = failedBeforeExecution && responseType == GraphQLMediaTypes.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        await WriteAsync(http, status, responseType, results[0]);
    }

    private static async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet, bool inBatch)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<MilestoneSchema>>();
        var userContext = new MilestoneUserContext(http.GetCaller(), http.GetTokenRefusal());
        var result = await executer.ExecuteAsync(request.ExecutionOf(
            http,
            userContext,
            http.RequestAborted,
            isGet ? QueriesOnlyOverGet.Instance : SubscriptionsOverWebSocket.Instance,
            inBatch ? CredentialFieldsOverHttpAlone.InBatch : null));
        if (userContext.Cost is { } cost && http.Request.Headers[CostModel.ReportHeader] == "report")
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object> { ["requested"] = cost, ["limit"] = CostModel.MaxCost };
        }

        return result;
    }

    private static Task WriteRequestErrorAsync(HttpContext http, int statusCode, string responseType, string message) =>
        WriteAsync(http, statusCode, responseType, new ExecutionResult
        {
            Errors = [new CodedError(ErrorCodes.BadRequest, message)],
        });

    private static async Task WriteAsync(HttpContext http, int statusCode, string responseType, object body)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{responseType}; charset=utf-8";
        await Serializer(http).WriteAsync(http.Response.Body, body, http.RequestAborted);
    }

    private static IGraphQLTextSerializer Serializer(HttpContext http) =>
        http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
}
