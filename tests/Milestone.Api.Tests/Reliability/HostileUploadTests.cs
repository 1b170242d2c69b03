using Xunit.Abstractions;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Hostile uploads to a request's attachments: each carries a defect of its own, so whoever sends it,
/// the answer is a coded 4xx problem response and no event is written.
/// </summary>
[Collection(Collections.HostileInput)]
public sealed class HostileUploadTests(HostileInputApp app, ITestOutputHelper output)
{
    private const int Cases = 150;

    [Fact]
    public async Task Generated_hostile_uploads_are_refused_with_problem_responses_and_write_nothing()
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);
        var random = new Random(HostileRun.Seed);
        var uploads = new HostileUploads(scene.RequestId, HostileInputApp.AttachmentMaxBytes, random);
        var run = new HostileRun(app.Host, app.ConnectionString, scene);

        await run.SendAsync(Cases, random, uploads.Next, response => RefusalChecks.OfHttpEndpoint(response).Concat(Refused(response)));

        output.WriteLine($"Slowest cases:\n{string.Join("\n", run.Slowest)}");
        Assert.True(run.Failures.Count == 0, run.Report("hostile uploads"));
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_form_whose_boundary_is_not_the_one_announced_is_a_validation_problem_and_writes_nothing()
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);

        var response = await UploadAsync(scene, "multipart/form-data; boundary=not-the-one-used", ScreenshotPart("filename=\"error.png\""));

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.Validation);
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_body_without_a_media_type_is_a_validation_problem()
    {
        var scene = await app.SceneAsync();

        var response = await UploadAsync(scene, null, ScreenshotPart("filename=\"error.png\""));

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.Validation);
    }

    [Theory]
    [InlineData("filename*=UTF-8''error%0D%0AX-Injected%3A%201.png")]
    [InlineData("filename*=UTF-8''error%00.png")]
    [InlineData("filename*=UTF-8''%FF%FE.png")]
    public async Task A_file_name_with_control_characters_or_invalid_UTF8_is_refused_and_writes_nothing(string fileName)
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);

        var response = await UploadAsync(scene, $"multipart/form-data; boundary={Boundary}", ScreenshotPart(fileName));

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.Validation);
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_request_id_that_is_not_an_id_is_a_coded_not_found()
    {
        var scene = await app.SceneAsync();

        var response = await app.Host.SendAsync(
            new HostileRequest("not an id", "POST", "/requests/not-an-id/attachments", ScreenshotPart("filename=\"error.png\""), $"multipart/form-data; boundary={Boundary}"),
            scene.Member.AccessToken);

        RefusalChecks.AssertCodedProblem(response, 404, ErrorCodes.NotFound);
    }

    private const string Boundary = "----milestone-test";

    private static byte[] ScreenshotPart(string fileNameParameter) =>
        MultipartBodies.OnePart(Boundary, "file", fileNameParameter, "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);

    private Task<HostileResponse> UploadAsync(HostileScene scene, string? contentType, byte[] body) =>
        app.Host.SendAsync(new HostileRequest("upload", "POST", $"/requests/{scene.RequestId}/attachments", body, contentType), scene.Member.AccessToken);


    private static IEnumerable<string> Refused(HostileResponse response)
    {
        if (response.Status < 400)
        {
            yield return $"accepted with {response.Status}";
        }
    }
}
