namespace Milestone.Api.Appointments;

/// <summary>
/// The appointment as an iCalendar file (RFC 5545) a mail client adds to the reader's calendar: one event, its UID the
/// appointment's and its SEQUENCE the appointment's version, so a moved or cancelled appointment updates the entry the
/// first file made instead of adding another.
/// </summary>
public static class AppointmentCalendarFile
{
    public const string FileName = "appointment.ics";

    public const string MediaType = "text/calendar";

    public static EmailAttachment For(Appointment appointment, string clientName, string? technicianName, DateTimeOffset stamp) =>
        new(FileName, MediaType, Text(appointment, clientName, technicianName, stamp));

    public static string Text(Appointment appointment, string clientName, string? technicianName, DateTimeOffset stamp)
    {
        string[] lines =
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Milestone//Appointments//EN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{appointment.Id}@milestone",
            $"SEQUENCE:{appointment.Version}",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(appointment.Start)}",
            $"DTEND:{Utc(appointment.End)}",
            $"SUMMARY:{Escaped($"{appointment.ServiceName} ({appointment.Reference})")}",
            $"DESCRIPTION:{Escaped(Description(appointment, clientName, technicianName))}",
            $"STATUS:{(appointment.Status == AppointmentStatus.Cancelled ? "CANCELLED" : "CONFIRMED")}",
            "END:VEVENT",
            "END:VCALENDAR",
        ];
        return string.Concat(lines.Select(line => Folded(line) + "\r\n"));
    }

    private static string Description(Appointment appointment, string clientName, string? technicianName) =>
        $"{appointment.ServiceName} for {clientName}{(technicianName is null ? "" : $" with {technicianName}")}.{(appointment.Notes.Length > 0 ? $"\n{appointment.Notes}" : "")}";

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escaped(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Lines longer than 75 octets continue on the next line after a space, never splitting a character.</summary>
    private static string Folded(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }
}
