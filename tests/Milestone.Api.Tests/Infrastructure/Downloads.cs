namespace Milestone.Api.Tests.Infrastructure;

public static class Downloads
{
    /// <summary>A GET of a file endpoint as <paramref name="who"/>: its status, its bytes and its headers, whatever the status.</summary>
    public static async Task<(int Status, byte[] Body, IHeaderDictionary Headers)> DownloadAsync(this IAlbaHost host, SignedIn who, string path)
    {
        var result = await host.Scenario(scenario =>
        {
            scenario.Get.Url(path);
            scenario.WithRequestHeader("Authorization", $"Bearer {who.AccessToken}");
            scenario.IgnoreStatusCode();
        });
        using var buffer = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(buffer);
        return (result.Context.Response.StatusCode, buffer.ToArray(), result.Context.Response.Headers);
    }
}
