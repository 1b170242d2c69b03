namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Values for a schema type: ones that fit it (with every string made huge, when asked) and ones that
/// input coercion must refuse. Ids are those of a seeded scene, so a value that fits reaches the handler.
/// </summary>
public sealed class HostileValues(SchemaShape schema, Random random, IReadOnlyList<string> knownIds)
{
    private const int NestingLimit = 4;
    private const string Filler = "Lorem ipsum dolor sit amet, ßüñ Ωλφα, 中文字符, ";

    /// <summary>Longer than any text field takes (the longest, a description or a message, takes 20,000 characters).</summary>
    public string HugeText() => Text(random.Next(25_000, 120_000));

    /// <summary>Text with U+0000, which PostgreSQL cannot store in text or jsonb, sometimes with other control characters.</summary>
    public string TextWithNul() => random.Pick(() => "a\u0000b", () => "\u0000", () => "Printer\u0000\u0001\u001b[31m jams", () => "x@y.test\u0000");

    public static string Text(int length)
    {
        var text = new StringBuilder(length + Filler.Length);
        while (text.Length < length)
        {
            text.Append(Filler);
        }

        return text.ToString(0, length);
    }

    /// <summary>
    /// A value of the type. With <paramref name="text"/>, every string in it is that text and every
    /// optional field is there; unless <paramref name="optionalToo"/> is false, when only required strings
    /// get it and optional fields are left out.
    /// </summary>
    public JsonNode? Fitting(TypeRef type, Func<string>? text = null, bool optionalToo = true, bool required = false, int depth = 0) => type switch
    {
        TypeRef.NonNull nonNull => Fitting(nonNull.Of, text, optionalToo, required: true, depth),
        TypeRef.ListOf list => new JsonArray(Fitting(list.Of, text, optionalToo, required: false, depth)),
        TypeRef.Named { Name: var name } when schema.InputObjects.TryGetValue(name, out var fields) => depth >= NestingLimit
            ? new JsonObject()
            : new JsonObject(fields
                .Where(field => field.IsRequired || (text is null ? random.Next(2) == 0 : optionalToo))
                .Select(field => KeyValuePair.Create(field.Name, Fitting(field.Type, text, optionalToo, required: false, depth + 1)))),
        TypeRef.Named { Name: var name } when schema.Enums.TryGetValue(name, out var values) => values[random.Next(values.Count)],
        TypeRef.Named { Name: "String" } => text is not null && (optionalToo || required) ? text() : "x",
        TypeRef.Named { Name: "ID" } => knownIds[random.Next(knownIds.Count)],
        TypeRef.Named { Name: "Int" or "Long" } => 1,
        TypeRef.Named { Name: "Float" or "Decimal" } => 1.5,
        TypeRef.Named { Name: "Boolean" } => true,
        TypeRef.Named { Name: "DateTimeOffset" } => "2026-11-02T09:00:00Z",
        TypeRef.Named { Name: "DateOnly" } => "2026-11-02",
        _ => "x",
    };

    /// <summary>A value that the type's input coercion must refuse.</summary>
    public JsonNode? Wrong(TypeRef type) => type switch
    {
        TypeRef.NonNull nonNull => random.Next(3) == 0 ? null : Wrong(nonNull.Of),
        TypeRef.ListOf list => random.Next(2) == 0 ? new JsonArray(Wrong(list.Of)) : Wrong(list.Of) ?? new JsonArray(new JsonObject()),
        TypeRef.Named { Name: var name } when schema.InputObjects.TryGetValue(name, out _) => random.Pick<JsonNode>(
            () => 42,
            () => "an input object",
            () => new JsonArray(1, 2, 3),
            () => new JsonObject { ["zzNoSuchInputField"] = 1 }),
        TypeRef.Named { Name: var name } when schema.Enums.ContainsKey(name) => random.Pick<JsonNode>(() => "NOT_A_VALUE_ZZ", () => 42, () => new JsonObject { ["v"] = 1 }),
        TypeRef.Named { Name: "Int" or "Long" } => random.Pick<JsonNode>(() => "12", () => 1.5, () => JsonNode.Parse("1e400")!, () => JsonNode.Parse("99999999999999999999999999")!, () => true),
        TypeRef.Named { Name: "Float" or "Decimal" } => random.Pick<JsonNode>(() => "1.5", () => true, () => new JsonObject()),
        TypeRef.Named { Name: "Boolean" } => random.Pick<JsonNode>(() => "true", () => 1, () => new JsonArray()),
        TypeRef.Named { Name: "DateTimeOffset" or "DateOnly" } => random.Pick<JsonNode>(() => "yesterday", () => "2026-13-45", () => 20261102, () => new JsonObject { ["y"] = 2026 }),
        _ => random.Pick<JsonNode>(() => new JsonObject { ["nested"] = new JsonObject { ["deep"] = new JsonArray(1, 2) } }, () => new JsonArray(new JsonObject())),
    };

    /// <summary>A JSON value written as a GraphQL literal (the GraphQL string syntax accepts JSON's escapes).</summary>
    public static string Literal(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(", ", obj.Select(pair => $"{pair.Key}: {Literal(pair.Value)}")) + "}",
        JsonArray array => "[" + string.Join(", ", array.Select(Literal)) + "]",
        JsonValue scalar when scalar.GetValueKind() == JsonValueKind.String => JsonSerializer.Serialize(scalar.GetValue<string>()),
        _ => value.ToJsonString(),
    };
}
