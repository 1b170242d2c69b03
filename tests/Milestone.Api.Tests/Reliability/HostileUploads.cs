namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Uploads to a request's attachments that must each be refused whoever sends them: every one carries
/// at least one defect of its own (a request that is not there or not an id, a malformed or missing
/// multipart body, a file of a kind, size or name that is not accepted), often several.
/// </summary>
public sealed class HostileUploads(string requestId, long maxBytes, Random random)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    public HostileRequest Next()
    {
        var defects = new List<string>();
        var target = Target(defects);
        var file = new FilePart("file", "screenshot.png", "image/png", Png);
        if (random.Next(2) == 0 || defects.Count == 0)
        {
            file = DefectiveFile(file, defects);
        }

        var boundary = $"----hostile{random.Next():x}";
        var (contentType, body) = random.Next(3) == 0 || defects.Count == 0
            ? DefectiveBody(file, boundary, defects)
            : ($"multipart/form-data; boundary={boundary}", Multipart(boundary, file));
        var method = random.Next(25) == 0 ? random.Pick(() => "PUT", () => "PATCH", () => "DELETE") : "POST";
        if (method != "POST")
        {
            defects.Add($"method {method}");
        }

        return new HostileRequest(string.Join(", ", defects), method, $"/requests/{target}/attachments", body, contentType)
        {
            DeclaresLength = random.Next(4) != 0,
        };
    }

    private string Target(List<string> defects)
    {
        var (defect, target) = random.Pick(
            () => ((string?)null, requestId),
            () => (null, requestId),
            () => (null, requestId),
            () => ("a request that is not there", Guid.NewGuid().ToString()),
            () => ("a request id that is not an id", "not-an-id"),
            () => ("a huge request id", new string('9', 5_000)),
            () => ("a path up and out", "..%2F..%2Fhealth"));
        if (defect is not null)
        {
            defects.Add(defect);
        }

        return target;
    }

    private FilePart DefectiveFile(FilePart file, List<string> defects)
    {
        var (defect, changed) = random.Pick(
            () => ("a kind of file not accepted", file with { ContentType = random.Pick(() => "text/html", () => "application/x-msdownload", () => "image/svg+xml", () => "application/octet-stream") }),
            () => ("a media type that is not one", file with { ContentType = random.Pick(() => "", () => ";;;", () => "image/png; charset=\"", () => new string('a', 3_000)) }),
            () => ("an empty file", file with { Content = [] }),
            () => ("a file over the limit", file with { Content = new byte[maxBytes + 1 + random.Next(0, (int)maxBytes * 3)] }),
            () => ("no file name", file with { FileName = "" }),
            () => ("a blank file name", file with { FileName = "   " }),
            () => ("a file name with a path", file with { FileName = random.Pick(() => "../../etc/passwd", () => "..\\..\\boot.ini", () => "/etc/shadow") }),
            () => ("a file name too long", file with { FileName = new string('a', random.Next(256, 5_000)) + ".png" }),
            () => ("a file name with control characters", file with { EncodedFileName = random.Pick(() => "a%00b.png", () => "a%0D%0AX-Injected%3A%201.png", () => "%01%02%1B%5B31m.png", () => "tab%09name.png") }),
            () => ("a file name of invalid UTF-8", file with { EncodedFileName = "%FF%FE%C0%AF.png" }),
            () => ("a part that is not named file", file with { FieldName = random.Pick(() => "attachment", () => "", () => "files[]") }));
        defects.Add(defect);
        return changed;
    }

    private (string? ContentType, byte[] Body) DefectiveBody(FilePart file, string boundary, List<string> defects)
    {
        var multipart = Multipart(boundary, file);
        var (defect, contentType, body) = random.Pick(
            () => ("a truncated multipart body", (string?)$"multipart/form-data; boundary={boundary}", multipart[..random.Next(0, multipart.Length)]),
            () => ("no boundary", "multipart/form-data", multipart),
            () => ("another boundary", "multipart/form-data; boundary=not-the-one-used", multipart),
            () => ("a boundary over the limit", $"multipart/form-data; boundary={new string('b', 200)}", Multipart(new string('b', 200), file)),
            () => ("part headers over the limit", $"multipart/form-data; boundary={boundary}", Multipart(boundary, file, extraHeader: $"X-Padding: {new string('p', 20_000)}")),
            () => ("too many form fields", $"multipart/form-data; boundary={boundary}", ManyFields(boundary, file)),
            () => ("no parts at all", $"multipart/form-data; boundary={boundary}", Encoding.UTF8.GetBytes($"--{boundary}--\r\n")),
            () => ("garbage for a body", $"multipart/form-data; boundary={boundary}", [0xFF, 0x00, 0xC0, 0xAF, .. "\r\n--\r\n"u8.ToArray()]),
            () => ("JSON instead of a form", "application/json", "{\"file\": \"iVBORw0KGgo=\"}"u8.ToArray()),
            () => ("a urlencoded form", "application/x-www-form-urlencoded", "file=%89PNG"u8.ToArray()),
            () => ("plain text", "text/plain", "a file"u8.ToArray()),
            () => ("no media type", null, multipart),
            () => ("a media type that is not one", ";;;", multipart));
        defects.Add(defect);
        return (contentType, body);
    }

    private static byte[] Multipart(string boundary, FilePart file, string? extraHeader = null) =>
        MultipartBodies.OnePart(
            boundary,
            file.FieldName,
            file.EncodedFileName is { } encoded ? $"filename*=UTF-8''{encoded}" : $"filename=\"{file.FileName}\"",
            file.ContentType,
            file.Content,
            extraHeader);

    private static byte[] ManyFields(string boundary, FilePart file)
    {
        var fields = string.Concat(Enumerable.Range(0, 2_000).Select(index => $"--{boundary}\r\nContent-Disposition: form-data; name=\"f{index}\"\r\n\r\nx\r\n"));
        return [.. Encoding.UTF8.GetBytes(fields), .. Multipart(boundary, file)];
    }

    private sealed record FilePart(string FieldName, string FileName, string ContentType, byte[] Content)
    {
        public string? EncodedFileName { get; init; }
    }
}
