using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Milestone.Api.Jira;

/// <summary>Jira writes times as <c>2026-11-02T09:00:00.000+0000</c>, an offset without the colon System.Text.Json expects.</summary>
public sealed class JiraTimeConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture).Remove(26, 1));

    public static DateTimeOffset Parse(string text)
    {
        var offsetWithoutColon = text.Length > 5 && (text[^5] is '+' or '-') && text[^3] != ':';
        return DateTimeOffset.Parse(offsetWithoutColon ? text.Insert(text.Length - 2, ":") : text, CultureInfo.InvariantCulture);
    }
}
