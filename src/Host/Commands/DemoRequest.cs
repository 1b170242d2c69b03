namespace Milestone.Host.Commands;

/// <summary>One demo request: who asked, in which zone its business hours count, what it is about, and how many of the client's came before.</summary>
public sealed record DemoRequest(Guid Id, Guid ClientId, Actor Member, TimeZoneInfo Zone, string Title, int Ordinal)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    /// <summary><paramref name="minutes"/> of the client's office hours (weekdays 09:00–17:00 in its zone) after <paramref name="from"/>.</summary>
    public DateTimeOffset Business(DateTimeOffset from, int minutes)
    {
        var at = from;
        var left = TimeSpan.FromMinutes(minutes);
        while (left > TimeSpan.Zero)
        {
            if (IsOfficeHours(at))
            {
                left -= Step;
            }

            at += Step;
        }

        return at;
    }

    private bool IsOfficeHours(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 9 and < 17;
    }
}

/// <summary>What the demo's people write.</summary>
public static class DemoRequests
{
    public const string FirstReply = "Thanks for reporting this — I'm looking into it now.";
    public const string InternalNote = "Same symptoms as last month's ticket; checking the update history first.";
    public const string ClientAnswer = "It's the laptop on reception, since Monday morning.";
    public const string Resolution = "Fixed: the cause is found and the change is in place. Tell us if it comes back.";

    public static readonly string[] Titles =
    [
        "Unable to access financial reports", "New starter laptop", "VPN drops every hour", "Backup job failed overnight",
        "Printer on floor 3 offline", "TPS report template broken", "Renew SSL certificate", "Move mailbox to shared",
        "Outlook keeps asking for password", "Teams calls drop after 10 minutes", "Shared drive is full", "Reset MFA for a leaver",
        "Wi-Fi slow in the meeting room", "Install the accounting update", "Laptop will not boot", "Phishing e-mail reported",
        "Add a user to the sales group", "Scanner sends blank pages", "Firewall rule for the new supplier", "Website contact form broken",
        "Monitor flickers", "Password expiry warnings", "CRM export times out", "Calendar not syncing on phone",
    ];

    public static string Description(string title) => $"{title}. Several of us are affected; please let us know when it is fixed.";
}
