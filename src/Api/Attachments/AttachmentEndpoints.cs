using Microsoft.AspNetCore.Http.Features;
using Wolverine.Http;

namespace Milestone.Api.Attachments;

/// <summary>Upload and download of request attachments: plain HTTP, because GraphQL is a poor carrier for files.</summary>
public static class AttachmentEndpoints
{
    public const string UploadPath = "/requests/{requestId}/attachments";

    /// <summary>Room for the multipart boundaries and part headers around the largest file accepted.</summary>
    private const long MultipartFramingAllowance = 64 * 1024;

    [WolverinePost(UploadPath)]
    public static async Task<IResult> Upload(
        Guid requestId,
        HttpContext http,
        IAttachmentScanner scanner,
        IOptions<AttachmentSettings> settings,
        ExceptionTranslation translation,
        TimeProvider time)
    {
        if (ProblemResponses.CallerRefusal(http) is { } refusal)
        {
            return refusal;
        }

        // The decision refuses it too; asking first spares reading a file sent to a request that is not the caller's.
        var caller = http.GetCaller()!;
        if (!await IsVisible(http, caller, requestId))
        {
            return ProblemResponses.For(Refusals.NotFound("request"));
        }

        var bodyLimit = settings.Value.MaxBytes + MultipartFramingAllowance;
        var (file, overLimit) = http.Request.ContentLength > bodyLimit ? (null, true) : await UploadedFileAsync(http, bodyLimit);
        if (overLimit || file?.Length > settings.Value.MaxBytes)
        {
            return ProblemResponses.For(Refusals.Invalid("file", $"Files may be at most {settings.Value.MaxBytes / (1024 * 1024)} MB."));
        }

        if (file is null)
        {
            return ProblemResponses.For(Refusals.Invalid("file", "Send the file as the field \"file\" of a multipart/form-data body."));
        }

        var content = new byte[file.Length];
        await using (var upload = file.OpenReadStream())
        {
            await upload.ReadExactlyAsync(content, http.RequestAborted);
        }

        if (!await scanner.IsCleanAsync(content, file.FileName, http.RequestAborted))
        {
            return ProblemResponses.For(Refusals.Invalid("file", "The file did not pass the virus scan."));
        }

        var attachmentId = Guid.CreateVersion7(time.GetUtcNow());
        try
        {
            await http.MessageBus().InvokeAsync(new AddAttachment(requestId, caller.AsActor(), attachmentId, file.FileName, file.ContentType, content), http.RequestAborted);
        }
        catch (Exception refused)
        {
            return ProblemResponses.For(translation.Translate(refused));
        }

        return Results.Created($"/requests/{requestId}/attachments/{attachmentId}", new { id = attachmentId });
    }

    [WolverineGet("/requests/{requestId}/attachments/{attachmentId}")]
    public static async Task<IResult> Download(Guid requestId, Guid attachmentId, HttpContext http)
    {
        if (ProblemResponses.CallerRefusal(http) is { } refusal)
        {
            return refusal;
        }

        var caller = http.GetCaller()!;
        await using var session = http.OpenQuerySession();
        var request = await session.RequestsVisibleTo(caller).FirstOrDefaultAsync(candidate => candidate.Id == requestId, http.RequestAborted);
        var attachment = request?.Attachments.FirstOrDefault(summary => summary.Id == attachmentId);
        var content = attachment is null ? null : await session.LoadAsync<AttachmentContent>(attachmentId, http.RequestAborted);
        if (attachment is null || content is null || content.RequestId != requestId)
        {
            return ProblemResponses.For(Refusals.NotFound("attachment"));
        }

        // Served as a download and never sniffed, so an uploaded file cannot run as a page of ours.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content.Bytes, attachment.ContentType, attachment.FileName);
    }

    /// <summary>
    /// The file in the form, or none when the body is no multipart form, a malformed one, or one without the
    /// field: read here, after the caller is known, and not bound by the framework, which would answer a
    /// malformed form with a 500. The form is read whole (into memory, then a temporary file) before its file
    /// can be looked at, so the body is capped at the largest file accepted: a larger one is refused as it
    /// arrives (<c>OverLimit</c>), not stored first.
    /// </summary>
    private static async Task<(IFormFile? File, bool OverLimit)> UploadedFileAsync(HttpContext http, long bodyLimit)
    {
        if (!http.Request.HasFormContentType)
        {
            return (null, false);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = bodyLimit;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = bodyLimit }));
        try
        {
            return ((await http.Request.ReadFormAsync(http.RequestAborted)).Files.GetFile("file"), false);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true);
        }
        catch (InvalidDataException tooLong) when (tooLong.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal))
        {
            return (null, true);
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, false);
        }
    }

    private static async Task<bool> IsVisible(HttpContext http, Caller caller, Guid requestId)
    {
        await using var session = http.OpenQuerySession();
        return await session.RequestsVisibleTo(caller).AnyAsync(request => request.Id == requestId, http.RequestAborted);
    }
}
