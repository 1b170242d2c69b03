using System.Buffers.Text;

namespace Milestone.Api.Notifications;

/// <summary>A keyset position in a feed, newest first: the entry's moment and id.</summary>
public sealed record NotificationCursor(DateTimeOffset At, Guid Id)
{
    private const string Prefix = "notification.v1";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(':', Prefix, At.UtcTicks.ToString(CultureInfo.InvariantCulture), Id.ToString("N"))));

    public static NotificationCursor? Decode(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return parts is [Prefix, var ticks, var id]
                && long.TryParse(ticks, NumberStyles.Integer, CultureInfo.InvariantCulture, out var utcTicks)
                && utcTicks >= DateTimeOffset.MinValue.UtcTicks && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(id, "N", out var parsedId)
                    ? new NotificationCursor(new DateTimeOffset(utcTicks, TimeSpan.Zero), parsedId)
                    : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
