namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Deliveries to Jira's webhook that must be turned away or must change nothing: unsigned, signed
/// wrongly, or signed with the shared secret but garbled, oversized or about issues Milestone never
/// linked, with odd delivery ids, media types and methods.
/// </summary>
public sealed class HostileWebhooks(string secret, Random random)
{
    /// <summary>
    /// Jira's time fields keep a readable time, also when other fields get wrong types or huge strings; a
    /// time that is not one has its own example,
    /// <see cref="HostileWebhookTests.A_signed_delivery_whose_time_is_not_a_time_is_a_bad_request"/>.
    /// </summary>
    private static readonly HashSet<string> Times = ["updated", "started", "created"];

    private static readonly string[] Events =
        ["worklog_created", "worklog_updated", "worklog_deleted", "comment_created", "comment_deleted", "jira:issue_updated", "jira:issue_created", "zz_unknown"];

    public HostileRequest Next()
    {
        var (bodyLabel, body) = Body();
        var (signatureLabel, signature) = random.Pick(
            () => ("unsigned", (string?)null),
            () => ("signed with another secret", WebhookSignature.For("not-the-shared-secret-at-all", body)),
            () => ("signature of another body", WebhookSignature.For(secret, [.. body, 0x20])),
            () => ("signature of zeros", "sha256=" + new string('0', 64)),
            () => ("signature that is not hex", "sha256=" + new string('z', 64)),
            () => ("empty signature", "sha256="),
            () => ("sha1 signature", "sha1=" + new string('a', 40)),
            () => ("huge signature", "sha256=" + new string('a', 100_000)),
            () => ("signature with odd characters", "sha256=\u00e9\u0000\u202e"),
            () => ("signed", WebhookSignature.For(secret, body)),
            () => ("signed", WebhookSignature.For(secret, body)),
            () => ("signed", WebhookSignature.For(secret, body)));
        var (deliveryLabel, delivery) = random.Pick(
            () => ("", (string?)Guid.NewGuid().ToString()),
            () => ("", Guid.NewGuid().ToString()),
            () => (" without a delivery id", null),
            () => (" with a huge delivery id", string.Concat(Enumerable.Range(0, random.Next(100, 5_000)).Select(_ => Guid.NewGuid().ToString("N")))),
            () => (" with a delivery id of control characters", "id\u0000\u0001\r\n"),
            () => (" with an empty delivery id", ""));
        var headers = new Dictionary<string, string>();
        if (signature is not null)
        {
            headers[WebhookSignature.Header] = signature;
        }

        if (delivery is not null)
        {
            headers[JiraWebhookEndpoint.DeliveryHeader] = delivery;
        }

        var method = random.Next(20) == 0 ? random.Pick(() => "GET", () => "PUT", () => "DELETE") : "POST";
        var contentType = random.Pick<string?>(() => "application/json", () => "application/json", () => "text/plain", () => null, () => "multipart/form-data; boundary=x");
        return new HostileRequest($"{method} {signatureLabel}{deliveryLabel}, {bodyLabel}", method, JiraWebhookEndpoint.Path, body, contentType)
        {
            Headers = headers,
            DeclaresLength = random.Next(4) != 0,
        };
    }

    private (string Label, byte[] Body) Body()
    {
        var shaped = Shaped();
        var json = Encoding.UTF8.GetBytes(shaped.ToJsonString());
        var depth = random.Next(65, 20_000);
        return random.Pick(
            () => ("a delivery about an issue Milestone never linked", json),
            () => ("a delivery with wrong types", Encoding.UTF8.GetBytes(WrongTypes(shaped).ToJsonString())),
            () => ("a delivery with huge strings", Encoding.UTF8.GetBytes(Huge(shaped).ToJsonString())),
            () => ("a truncated delivery", json[..random.Next(0, json.Length)]),
            () => ("a delivery with invalid UTF-8", [.. json[..(json.Length / 2)], 0xFF, 0xC0, 0xAF, .. json[(json.Length / 2)..]]),
            () => ("a deeply nested delivery", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"issue\":", depth)) + "1" + new string('}', depth))),
            () => ("an oversize delivery", Encoding.UTF8.GetBytes(new JsonObject { ["webhookEvent"] = "worklog_created", ["padding"] = new string('x', random.Next(1_100_000, 3_000_000)) }.ToJsonString())),
            () => ("an empty body", []),
            () => ("not JSON", "webhookEvent=worklog_created"u8.ToArray()),
            () => ("a JSON array", "[{\"webhookEvent\":\"worklog_created\"}]"u8.ToArray()),
            () => ("JSON null", "null"u8.ToArray()),
            () => ("an empty object", "{}"u8.ToArray()),
            () => ("an event that is not a string", "{\"webhookEvent\": 42}"u8.ToArray()),
            () => ("a lone surrogate", "{\"webhookEvent\": \"worklog_created\", \"worklog\": {\"id\": \"\\ud800\", \"issueId\": \"\\udfff\"}}"u8.ToArray()),
            () => ("a NUL in the event", "{\"webhookEvent\": \"worklog_created\\u0000\"}"u8.ToArray()));
    }

    private JsonObject Shaped()
    {
        var issueId = random.Pick(() => random.Next(1, 1_000_000).ToString(), () => "", () => "-1", () => "../../etc");
        return new JsonObject
        {
            ["timestamp"] = 1_793_000_000_000,
            ["webhookEvent"] = Events[random.Next(Events.Length)],
            ["user"] = new JsonObject { ["accountId"] = "zz-account" },
            ["issue"] = new JsonObject
            {
                ["id"] = issueId,
                ["key"] = "ZZ-1",
                ["fields"] = new JsonObject { ["status"] = new JsonObject { ["name"] = "Done" }, ["updated"] = "2026-11-02T09:00:00.000+0000" },
            },
            ["worklog"] = new JsonObject
            {
                ["id"] = "10001",
                ["issueId"] = issueId,
                ["timeSpentSeconds"] = 3600,
                ["started"] = "2026-11-02T09:00:00.000+0000",
                ["updated"] = "2026-11-02T09:00:00.000+0000",
                ["author"] = new JsonObject { ["accountId"] = "zz-account" },
            },
            ["comment"] = new JsonObject { ["id"] = "20001", ["body"] = "hello", ["author"] = new JsonObject { ["accountId"] = "zz-account" } },
            ["changelog"] = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["field"] = "status", ["toString"] = "Done" }) },
        };
    }

    private JsonNode WrongTypes(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(
            pair.Key,
            random.Next(3) == 0 && !Times.Contains(pair.Key) ? Wrong() : pair.Value is null ? null : WrongTypes(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : WrongTypes(item)).ToArray()),
        _ => node.DeepClone(),
    };

    private JsonNode? Wrong() => random.Pick<JsonNode?>(() => null, () => 42, () => "text", () => new JsonArray(1), () => new JsonObject(), () => true, () => JsonNode.Parse("1e400"));

    private JsonNode Huge(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(pair => KeyValuePair.Create(pair.Key, pair.Value is null || Times.Contains(pair.Key) ? pair.Value?.DeepClone() : Huge(pair.Value)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : Huge(item)).ToArray()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String && random.Next(2) == 0 => HostileValues.Text(random.Next(10_000, 100_000)),
        _ => node.DeepClone(),
    };
}
