using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace Milestone.Api.Tests.Attachments;

[Collection(Collections.Conversation)]
public sealed class AttachmentTests(MilestoneApp app)
{
    private static readonly byte[] Screenshot = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];

    [Fact]
    public async Task A_file_uploaded_by_the_client_is_listed_and_downloaded_by_staff_byte_for_byte()
    {
        var (member, agent, requestId) = await app.SubmittedRequestAsync();

        var upload = await Upload(member, requestId, Screenshot, "error.png", "image/png");
        var listed = (await app.Host.GraphQLAsync(
            "query($id: ID!) { request(id: $id) { attachments { id fileName contentType size sha256 downloadPath uploader { id } } } }", new { id = requestId }, agent))
            .Data("request").GetProperty("attachments").EnumerateArray().Single();
        var download = await Send(agent, listed.GetProperty("downloadPath").GetString()!);

        Assert.Equal(201, upload.Status);
        Assert.Equal("error.png", listed.GetProperty("fileName").GetString());
        Assert.Equal(member.PersonId.ToString(), listed.GetProperty("uploader").GetProperty("id").GetString());
        Assert.Equal(Screenshot.Length, listed.GetProperty("size").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Screenshot)), listed.GetProperty("sha256").GetString());
        Assert.Equal(200, download.Status);
        Assert.Equal(Screenshot, download.Body);
        Assert.Equal("nosniff", download.Headers["X-Content-Type-Options"].ToString());
    }

    [Fact]
    public async Task Another_clients_user_neither_uploads_nor_downloads()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();
        await Upload(member, requestId, Screenshot, "error.png", "image/png");
        var attachmentId = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { attachments { id } } }", new { id = requestId }, member))
            .Data("request").GetProperty("attachments")[0].GetProperty("id").GetString();
        var outsider = await app.ClientUserAsync(clientName: "Globex");

        var upload = await Upload(outsider, requestId, Screenshot, "planted.png", "image/png");
        var download = await Send(outsider, $"/requests/{requestId}/attachments/{attachmentId}");

        Assert.Equal(404, upload.Status);
        Assert.Equal(404, download.Status);
    }

    [Fact]
    public async Task Disallowed_types_and_anonymous_callers_are_refused_and_nothing_is_written()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();
        var before = await app.CountEventsAsync();

        var script = await Upload(member, requestId, "<script>alert(1)</script>"u8.ToArray(), "page.html", "text/html");
        var anonymous = await Upload(null, requestId, Screenshot, "error.png", "image/png");

        Assert.Equal(400, script.Status);
        Assert.Equal("VALIDATION", JsonDocument.Parse(script.Body).RootElement.GetProperty("code").GetString());
        Assert.Equal(401, anonymous.Status);
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Someone_who_must_first_enrol_in_two_factor_sign_in_cannot_upload()
    {
        var (member, _, requestId) = await app.SubmittedRequestAsync();
        var admin = await app.SharedAdministratorAsync();
        (await app.Host.GraphQLAsync(
            "mutation($c: ID!) { setTwoFactorRequirement(clientId: $c, required: true) { id } }", new { c = member.ClientId }, admin))
            .Data("setTwoFactorRequirement");

        var upload = await Upload(member, requestId, Screenshot, "error.png", "image/png");

        Assert.Equal(403, upload.Status);
        Assert.Equal("TWO_FACTOR_ENROLMENT_REQUIRED", JsonDocument.Parse(upload.Body).RootElement.GetProperty("reason").GetString());
    }

    private async Task<(int Status, byte[] Body)> Upload(SignedIn? who, string requestId, byte[] content, string fileName, string contentType)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Post.MultipartFormData(form).ToUrl($"/requests/{requestId}/attachments");
            if (who is not null)
            {
                scenario.WithRequestHeader("Authorization", $"Bearer {who.AccessToken}");
            }

            scenario.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await ReadBody(result));
    }

    private async Task<(int Status, byte[] Body, IHeaderDictionary Headers)> Send(SignedIn who, string path)
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(path);
            scenario.WithRequestHeader("Authorization", $"Bearer {who.AccessToken}");
            scenario.IgnoreStatusCode();
        });
        return (result.Context.Response.StatusCode, await ReadBody(result), result.Context.Response.Headers);
    }

    private static async Task<byte[]> ReadBody(IScenarioResult result)
    {
        using var buffer = new MemoryStream();
        await result.Context.Response.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
