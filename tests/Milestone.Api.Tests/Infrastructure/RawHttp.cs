namespace Milestone.Api.Tests.Infrastructure;

public sealed record RawResponse(int Status, string? ContentType, string? Allow, JsonElement Body);

/// <summary>HTTP calls that build the request by hand, to see how the transport treats odd ones.</summary>
public static class RawHttp
{
    public static Task<RawResponse> PostAsync(this IAlbaHost host, string body, string? contentType = "application/json", string? accept = null) =>
        SendAsync(host, scenario =>
        {
            scenario.ConfigureHttpContext(http =>
            {
                http.Request.Method = "POST";
                http.Request.Path = "/graphql";
                http.Request.ContentType = contentType;
                http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
                if (accept is not null)
                {
                    http.Request.Headers.Accept = accept;
                }
            });
        });

    public static Task<RawResponse> GetAsync(this IAlbaHost host, string query, string? accept = null) =>
        SendAsync(host, scenario =>
        {
            scenario.Get.Url("/graphql?query=" + Uri.EscapeDataString(query));
            if (accept is not null)
            {
                scenario.WithRequestHeader("Accept", accept);
            }
        });

    private static async Task<RawResponse> SendAsync(IAlbaHost host, Action<Scenario> configure)
    {
        var result = await host.Scenario(scenario =>
        {
            configure(scenario);
            scenario.IgnoreStatusCode();
        });
        var text = await result.ReadAsTextAsync();
        var response = result.Context.Response;
        return new RawResponse(
            response.StatusCode,
            response.ContentType,
            response.Headers.Allow.ToString(),
            text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
