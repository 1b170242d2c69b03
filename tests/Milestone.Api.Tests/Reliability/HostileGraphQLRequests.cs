using System.Text.Encodings.Web;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// HTTP requests to /graphql that carry a hostile document (<see cref="HostileDocuments"/>) in the
/// ordinary way or break the transport itself: batches, GET, invalid UTF-8, truncated or oddly shaped
/// JSON, other media types, bodies over the limit, odd Accept headers and methods.
/// </summary>
public sealed class HostileGraphQLRequests
{
    public const string Path = "/graphql";

    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE, 0xFF], [0x80], [0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC3, 0x28], [0x00],
    ];

    private readonly HostileDocuments _documents;
    private readonly HostileValues _values;
    private readonly Random _random;
    private readonly List<(int Weight, Func<HostileRequest> Build)> _kinds;

    public HostileGraphQLRequests(HostileDocuments documents, HostileValues values, Random random)
    {
        _documents = documents;
        _values = values;
        _random = random;
        _kinds =
        [
            (40, Post),
            (8, Get),
            (8, Batch),
            (3, BrokenBatch),
            (6, WithInvalidUtf8),
            (5, Truncated),
            (5, WrongContentType),
            (4, Oversize),
            (8, OddJson),
            (3, OddAccept),
            (2, WrongMethod),
        ];
    }

    public HostileRequest Next() => WeightedKinds.Draw(_random, _kinds);

    private byte[] Serialize(JsonNode body) =>
        Encoding.UTF8.GetBytes(_random.Next(2) == 0 ? body.ToJsonString() : body.ToJsonString(RawUtf8));

    private static HostileRequest Json(string label, byte[] body, string? contentType = "application/json") =>
        new(label, "POST", Path, body, contentType);

    private string? AnyAccept() => _random.Pick<string?>(
        () => null, () => "application/json", () => "application/graphql-response+json", () => "*/*",
        () => "application/graphql-response+json, application/json;q=0.9");

    private HostileRequest Post()
    {
        var call = _documents.Next();
        var contentType = _random.Pick(() => "application/json", () => "application/json; charset=utf-8", () => "Application/JSON;charset=UTF-8");
        return Json(call.Label, Serialize(call.ToJson()), contentType) with { Accept = AnyAccept() };
    }

    private HostileRequest Get()
    {
        var call = _documents.Next();
        var query = new StringBuilder($"?query={Uri.EscapeDataString(call.Query)}");
        if (call.Variables is not null)
        {
            query.Append("&variables=").Append(Uri.EscapeDataString(call.Variables.ToJsonString()));
        }

        if (call.OperationName is not null)
        {
            query.Append("&operationName=").Append(Uri.EscapeDataString(call.OperationName));
        }

        var oddity = _random.Pick(
            () => ("", ""),
            () => (" with raw bytes in the query string", "&query=%FF%FE%00%C0%AF"),
            () => (" with truncated variables", "&variables=%7B%22a%22%3A"),
            () => (" with variables that are not an object", "&variables=%5B1%2C2%5D"),
            () => (" with a number too large", "&variables=%7B%22first%22%3A1e400%7D"),
            () => (" with a lone surrogate", "&variables=%7B%22a%22%3A%22%5Cud800%22%7D"),
            () => (" with extensions that are not an object", "&extensions=42"));
        return new HostileRequest($"GET{oddity.Item1} {call.Label}", "GET", Path + query + oddity.Item2, null, null) { Accept = AnyAccept() };
    }

    private HostileRequest Batch()
    {
        var calls = Enumerable.Range(0, _random.Next(1, DocumentLimits.MaxOperationsPerBatch + 1)).Select(_ => _documents.Next()).ToList();
        return Json($"batch of {calls.Count}: {string.Join(" | ", calls.Select(call => call.Label))}", Serialize(new JsonArray(calls.Select(call => (JsonNode)call.ToJson()).ToArray())))
            with { Accept = AnyAccept() };
    }

    private HostileRequest BrokenBatch()
    {
        var size = _random.Next(DocumentLimits.MaxOperationsPerBatch + 1, 60);
        return _random.Pick(
            () => Json($"batch of {size}", Serialize(new JsonArray(Enumerable.Range(0, size).Select(_ => (JsonNode)_documents.Next().ToJson()).ToArray()))),
            () => Json("empty batch", "[]"u8.ToArray()),
            () => Json("batch of non-objects", "[1, \"two\", null, [3]]"u8.ToArray()),
            () => Json("batch with one non-object", Encoding.UTF8.GetBytes($"[{_documents.Next().ToJson().ToJsonString()}, 7]")),
            () => Json("nested batch", Encoding.UTF8.GetBytes($"[[{_documents.Next().ToJson().ToJsonString()}]]")));
    }

    private HostileRequest WithInvalidUtf8()
    {
        var call = _documents.Next();
        var body = Serialize(call.ToJson()).ToList();
        var bad = InvalidUtf8[_random.Next(InvalidUtf8.Length)];
        var inQuery = Encoding.UTF8.GetByteCount("{\"query\":\"");
        var at = _random.Next(2) == 0 ? Math.Min(inQuery + _random.Next(0, 5), body.Count) : _random.Next(0, body.Count + 1);
        body.InsertRange(at, bad);
        return Json($"invalid UTF-8 {Convert.ToHexString(bad)} at {at} {call.Label}", [.. body]);
    }

    private HostileRequest Truncated()
    {
        var call = _documents.Next();
        var body = Serialize(call.ToJson());
        var length = _random.Next(0, body.Length);
        return Json($"truncated at {length} {call.Label}", body[..length]);
    }

    private HostileRequest WrongContentType()
    {
        var call = _documents.Next();
        var contentType = _random.Pick<string?>(
            () => null, () => "", () => "text/plain", () => "application/graphql", () => "application/x-www-form-urlencoded",
            () => "multipart/form-data; boundary=zz", () => "application/json; charset=iso-8859-1", () => "application/json; charset=",
            () => ";;;", () => "application/json; charset=utf-8; charset=utf-16", () => "application/graphql-response+json",
            () => "application/json\u0000", () => new string('a', 5_000) + "/json");
        return Json($"content type [{contentType}] {call.Label}", Serialize(call.ToJson()), contentType);
    }

    private HostileRequest Oversize()
    {
        var size = _random.Next(DocumentLimits.MaxBodyBytes + 1, 3 * DocumentLimits.MaxBodyBytes);
        var mutation = "mutation { submitRequest(input: { title: \"Too big\" }) { request { id } } }";
        var body = _random.Pick(
            () => Encoding.UTF8.GetBytes(new JsonObject { ["query"] = mutation, ["variables"] = new JsonObject { ["padding"] = new string('x', size) } }.ToJsonString()),
            () => Encoding.UTF8.GetBytes(new JsonObject { ["query"] = mutation + new string(' ', size) }.ToJsonString()),
            () => Encoding.UTF8.GetBytes(new string('[', size)));
        return Json($"oversize body of {body.Length} bytes", body) with { DeclaresLength = _random.Next(2) == 0 };
    }

    private HostileRequest OddJson()
    {
        var mutation = _documents.Next();
        var depth = _random.Next(65, 20_000);
        var raw = _random.Pick(
            () => "{\"query\": 42}",
            () => "{\"query\": null}",
            () => "{\"query\": [\"{ __typename }\"]}",
            () => "{\"query\": {\"query\": \"{ __typename }\"}}",
            () => "{\"query\": \"{ __typename }\", \"variables\": [1, 2]}",
            () => "{\"query\": \"{ __typename }\", \"variables\": \"{\\\"a\\\": 1}\"}",
            () => "{\"query\": \"{ __typename }\", \"variables\": 5}",
            () => "{\"query\": \"{ __typename }\", \"operationName\": {}}",
            () => "{\"query\": \"{ __typename }\", \"extensions\": []}",
            () => "{\"query\": \"{ __typename }\", \"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"abc\"}}}",
            () => $"{{\"query\": \"{{ __typename }}\", \"variables\": {{\"a\": {new string('[', depth)}{new string(']', depth)}}}}}",
            () => $"{{\"query\": \"{{ __typename }}\", \"variables\": {string.Concat(Enumerable.Repeat("{\"a\":", depth))}1{new string('}', depth)}}}",
            () => "{\"query\": \"query($f: Int) { requests(first: $f) { totalCount } }\", \"variables\": {\"f\": 1e400}}",
            () => "{\"query\": \"query($f: Int) { requests(first: $f) { totalCount } }\", \"variables\": {\"f\": -99999999999999999999999999999}}",
            () => "{\"query\": \"{ __typename \\ud800 }\"}",
            () => "{\"query\": \"{ __typename }\", \"variables\": {\"a\": \"\\udfff\\ud800\"}}",
            () => "{\"query\": \"{ __typename }\", \"operationName\": \"\\ud800\"}",
            () => "{\"query\": \"{ __typename \\u0000 }\"}",
            () => $"{{\"query\": {JsonSerializer.Serialize(mutation.Query)}, \"query\": {JsonSerializer.Serialize(mutation.Query)}}}",
            () => "{\"query\": \"{ __typename }\",}",
            () => "{'query': '{ __typename }'}",
            () => "{\"query\": \"{ __typename }\"} trailing",
            () => "\ufeff{\"query\": \"{ __typename }\"}",
            () => "", () => " \r\n\t ", () => "null", () => "42", () => "\"{ __typename }\"", () => "true", () => "{}",
            () => "{\"query\": \"\"}", () => "{\"query\": \"   \"}", () => "{\"variables\": {}}",
            () => "{\"query\": NaN}", () => "{\"query\": \"{ __typename }\", \"variables\": {\"a\": Infinity}}",
            () => "/* comment */ {\"query\": \"{ __typename }\"}");
        return Json($"odd JSON {raw[..Math.Min(raw.Length, 80)]}", Encoding.UTF8.GetBytes(raw));
    }

    private HostileRequest OddAccept()
    {
        var call = _documents.Next();
        var accept = _random.Pick(
            () => "text/html", () => ";;;", () => "application/json;q=abc", () => "*/*;q=0",
            () => "application/graphql-response+json;q=0, application/json;q=0", () => string.Join(", ", Enumerable.Repeat("application/xml", 2_000)),
            () => "application/json\u0000", () => "application/json;q=1.0000000000000000001");
        return Json($"Accept [{accept[..Math.Min(accept.Length, 60)]}] {call.Label}", Serialize(call.ToJson())) with { Accept = accept };
    }

    private HostileRequest WrongMethod()
    {
        var call = _documents.Next();
        var method = _random.Pick(() => "PUT", () => "DELETE", () => "PATCH", () => "OPTIONS", () => "TRACE", () => "FUZZ");
        return new HostileRequest($"{method} {call.Label}", method, Path, Serialize(call.ToJson()), "application/json");
    }
}
