namespace Milestone.Api.Tests.Reliability;

/// <summary>multipart/form-data bodies written byte for byte, so a test controls every header and boundary.</summary>
public static class MultipartBodies
{
    /// <summary>One part; <paramref name="fileNameParameter"/> is written as it is, e.g. <c>filename="a.png"</c> or <c>filename*=UTF-8''a%0D%0Ab.png</c>.</summary>
    public static byte[] OnePart(string boundary, string fieldName, string fileNameParameter, string contentType, byte[] content, string? extraHeader = null)
    {
        var head = new StringBuilder()
            .Append($"--{boundary}\r\n")
            .Append($"Content-Disposition: form-data; name=\"{fieldName}\"; {fileNameParameter}\r\n")
            .Append($"Content-Type: {contentType}\r\n");
        if (extraHeader is not null)
        {
            head.Append(extraHeader).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.UTF8.GetBytes(head.ToString()), .. content, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")];
    }
}
