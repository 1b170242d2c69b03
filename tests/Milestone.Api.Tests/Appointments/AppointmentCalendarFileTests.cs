using Milestone.Api.Appointments;
using Milestone.Domain.Appointments;

namespace Milestone.Api.Tests.Appointments;

public sealed class AppointmentCalendarFileTests
{
    [Fact]
    public void The_file_is_one_event_in_utc_with_text_escaped_and_long_lines_folded_at_75_octets()
    {
        var start = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
        var appointment = new Appointment(Guid.Parse("0193a1b2-0000-7000-8000-00000000a991"), "APT-0000A991", Guid.NewGuid(), Guid.NewGuid(), "On-site visit", null, Guid.NewGuid(), start)
        {
            Start = start,
            End = start.AddMinutes(90),
            Notes = "Server room; second floor, by the lifts — ask for Zoë at reception, she has the key to the cage with the core switches",
            Status = AppointmentStatus.Approved,
            Version = 3,
        };

        var text = AppointmentCalendarFile.Text(appointment, "Acme, Inc.", "Test Agent", start.AddDays(-1));
        var lines = text.Split("\r\n");

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261127T100000Z", lines);
        Assert.Contains("DTEND:20261127T113000Z", lines);
        Assert.Contains("SEQUENCE:3", lines);
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:On-site visit for Acme\\, Inc. with Test Agent.\\nServer room\\; second floor\\, by the lifts — ask for Zoë", unfolded, StringComparison.Ordinal);
    }
}
