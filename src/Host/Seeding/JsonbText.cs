using System.Buffers;
using System.Text.Json;

namespace Milestone.Host.Seeding;

/// <summary>
/// JSON written exactly as PostgreSQL prints a <c>jsonb</c> value: keys ordered by length and then bytewise,
/// <c>", "</c> and <c>": "</c> between items, strings escaped as <c>escape_json</c> does. The hash chain covers
/// <c>data::text</c>, so an event loaded in bulk is hashed on this form to match what the trigger would compute.
/// </summary>
public static class JsonbText
{
    public static string Canonical(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        using var document = JsonDocument.ParseValue(ref reader);
        var text = new StringBuilder(utf8Json.Length + (utf8Json.Length / 4));
        Write(document.RootElement, text);
        return text.ToString();
    }

    private static void Write(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = element.EnumerateObject().ToList();
                properties.Sort(static (left, right) => CompareKeys(left.Name, right.Name));
                text.Append('{');
                for (var i = 0; i < properties.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    WriteString(properties[i].Name, text);
                    text.Append(": ");
                    Write(properties[i].Value, text);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    if (!first)
                    {
                        text.Append(", ");
                    }

                    first = false;
                    Write(item, text);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(element.GetString()!, text);
                break;
            case JsonValueKind.Number:
                text.Append(NumberText(element.GetRawText()));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    /// <summary>jsonb keeps numbers as numeric, which prints without exponent and keeps the scale it was given.</summary>
    private static string NumberText(string raw) =>
        raw.Contains('e', StringComparison.OrdinalIgnoreCase)
            ? decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)
            : raw;

    private static int CompareKeys(string left, string right)
    {
        var leftBytes = Encoding.UTF8.GetByteCount(left);
        var rightBytes = Encoding.UTF8.GetByteCount(right);
        if (leftBytes != rightBytes)
        {
            return leftBytes.CompareTo(rightBytes);
        }

        var leftBuffer = ArrayPool<byte>.Shared.Rent(leftBytes);
        var rightBuffer = ArrayPool<byte>.Shared.Rent(rightBytes);
        try
        {
            var l = leftBuffer.AsSpan(0, Encoding.UTF8.GetBytes(left, leftBuffer));
            var r = rightBuffer.AsSpan(0, Encoding.UTF8.GetBytes(right, rightBuffer));
            return l.SequenceCompareTo(r);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(leftBuffer);
            ArrayPool<byte>.Shared.Return(rightBuffer);
        }
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var character in value)
        {
            switch (character)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\b':
                    text.Append("\\b");
                    break;
                case '\f':
                    text.Append("\\f");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(character);
                    break;
            }
        }

        text.Append('"');
    }
}
