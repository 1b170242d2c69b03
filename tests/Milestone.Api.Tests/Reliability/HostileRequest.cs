namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// One HTTP request built by hand, byte for byte, so nothing on the client side tidies it up: any
/// method, target, media type and body, with or without an honest Content-Length.
/// </summary>
public sealed record HostileRequest(string Label, string Method, string Target, byte[]? Body, string? ContentType)
{
    public string? Accept { get; init; }

    public bool DeclaresLength { get; init; } = true;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>What the fuzz reports when a case fails: the label and the start of the body.</summary>
    public string Describe()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300));
        return $"{Label}: {Method} {Target[..Math.Min(Target.Length, 200)]} [{ContentType}] ({Body?.Length ?? 0} bytes) {body}";
    }
}

public sealed record HostileResponse(int Status, string? ContentType, string Text);

public static class HostileRequests
{
    public static async Task<HostileResponse> SendAsync(this IAlbaHost host, HostileRequest request, string? accessToken)
    {
        var result = await host.Scenario(scenario =>
        {
            scenario.ConfigureHttpContext(http =>
            {
                var queryStart = request.Target.IndexOf('?');
                http.Request.Method = request.Method;
                http.Request.Path = queryStart < 0 ? request.Target : request.Target[..queryStart];
                http.Request.QueryString = queryStart < 0 ? QueryString.Empty : new QueryString(request.Target[queryStart..]);
                http.Request.ContentType = request.ContentType;
                if (request.Body is not null)
                {
                    http.Request.Body = new MemoryStream(request.Body);
                    http.Request.ContentLength = request.DeclaresLength ? request.Body.Length : null;
                }

                if (request.Accept is not null)
                {
                    http.Request.Headers.Accept = request.Accept;
                }

                foreach (var (name, value) in request.Headers)
                {
                    http.Request.Headers[name] = value;
                }

                if (accessToken is not null)
                {
                    http.Request.Headers.Authorization = $"Bearer {accessToken}";
                }
            });
            scenario.IgnoreStatusCode();
        });
        return new HostileResponse(result.Context.Response.StatusCode, result.Context.Response.ContentType, await result.ReadAsTextAsync());
    }
}
