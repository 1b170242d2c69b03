using System.Text.Json.Serialization;

namespace Milestone.Api.Jira;

/// <summary>Jira writes times as <c>2026-11-02T09:00:00.000+0000</c>, an offset without the colon System.Text.Json expects.</summary>
public sealed class JiraTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryParse(reader.GetString(), out var time) ? time : throw new JsonException("A Jira time is not one.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture).Remove(26, 1));

    private static bool TryParse(string? text, out DateTimeOffset time)
    {
        var offsetWithoutColon = text is { Length: > 5 } && (text[^5] is '+' or '-') && text[^3] != ':';
        return DateTimeOffset.TryParse(offsetWithoutColon ? text!.Insert(text.Length - 2, ":") : text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }
}
