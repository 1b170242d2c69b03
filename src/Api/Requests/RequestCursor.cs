using System.Buffers.Text;
using System.Text;

namespace Milestone.Api.Requests;

/// <summary>
/// Request ids are UUIDv7, minted from the submission time, so ordering by id is ordering by
/// submission and the last id seen is a stable keyset cursor.
/// </summary>
public static class RequestCursor
{
    private const string Prefix = "request:";

    public static string Encode(Guid id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + id.ToString("N")));

    public static Guid? Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(text[Prefix.Length..], "N", out var id)
                ? id
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
