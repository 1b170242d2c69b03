using System.Buffers.Text;

namespace Milestone.Api.Requests;

/// <summary>
/// A keyset position in one sort order: the sort key of the last row seen and its id (request ids
/// are UUIDv7, minted from the submission time, so they also break ties in submission order).
/// </summary>
public sealed record RequestCursor(RequestSort Sort, long Key, Guid Id)
{
    /// <summary>Version 2 keys RECENTLY_UPDATED to the microsecond; a cursor of version 1 is refused rather than read as a wrong position.</summary>
    private const string Prefix = "request.v2";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(':', Prefix, Sort, Key.ToString(CultureInfo.InvariantCulture), Id.ToString("N"))));

    public static RequestCursor? Decode(string cursor, RequestSort sort)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return parts is [Prefix, var sortName, var key, var id]
                && sortName == sort.ToString()
                && long.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedKey)
                && Guid.TryParseExact(id, "N", out var parsedId)
                    ? new RequestCursor(sort, parsedKey, parsedId)
                    : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
