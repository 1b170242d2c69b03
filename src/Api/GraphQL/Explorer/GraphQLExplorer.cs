using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Milestone.Api.GraphQL.Transport;

namespace Milestone.Api.GraphQL.Explorer;

/// <summary>
/// GraphiQL for people trying the API (decision 0033): a browser that asks <c>/graphql</c> for HTML, or opens
/// <c>/graphql/ui</c>, gets a page whose script and styles this host serves itself from the bundle built into the
/// assembly, so nothing is fetched from another site. On when <c>Milestone:GraphQL:Explorer</c> is true (Development's
/// setting); off, <c>/graphql</c> negotiates as if the explorer did not exist and <c>/graphql/ui</c> is not found.
/// </summary>
public static class GraphQLExplorer
{
    public const string Setting = "Milestone:GraphQL:Explorer";

    public const string Path = "/graphql/ui";

    private const string Script = "explorer.js";

    private const string Styles = "explorer.css";

    // The page only talks to its own origin; the bundle's fonts are inlined as data: URLs and React sets inline styles.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src data:; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapGraphQLExplorer(this IEndpointRouteBuilder endpoints)
    {
        if (!IsOn(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            return;
        }

        endpoints.MapGet(Path, WritePageAsync);
        endpoints.MapGet($"{Path}/{Script}", (HttpContext http) => WriteAssetAsync(http, Script, "text/javascript; charset=utf-8"));
        endpoints.MapGet($"{Path}/{Styles}", (HttpContext http) => WriteAssetAsync(http, Styles, "text/css; charset=utf-8"));
    }

    /// <summary>A browser's GET of /graphql, which names text/html before any GraphQL response type, while the explorer is on.</summary>
    public static bool IsAskedForBy(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && GraphQLMediaTypes.PrefersHtml(request.Headers.Accept)
        && IsOn(request.HttpContext.RequestServices.GetRequiredService<IConfiguration>());

    public static Task WritePageAsync(HttpContext http)
    {
        var assets = WebUtility.HtmlEncode($"{http.Request.PathBase}{Path}");
        var endpoint = WebUtility.HtmlEncode($"{http.Request.PathBase}{GraphQLHttpEndpoint.Path}");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.CacheControl = "no-cache";
        return http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Milestone GraphQL explorer</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{{assets}}/{{Styles}}">
              <style>html, body, #explorer { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="explorer" data-endpoint="{{endpoint}}"></div>
              <script src="{{assets}}/{{Script}}"></script>
            </body>
            </html>
            """, http.RequestAborted);
    }

    private static async Task WriteAssetAsync(HttpContext http, string name, string contentType)
    {
        await using var asset = typeof(GraphQLExplorer).Assembly.GetManifestResourceStream($"{typeof(GraphQLExplorer).Namespace}.{name}")!;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = asset.Length;
        http.Response.Headers.CacheControl = "no-cache";
        await asset.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>(Setting);
}
