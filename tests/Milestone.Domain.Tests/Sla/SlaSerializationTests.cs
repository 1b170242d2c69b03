using System.Text.Json;
using System.Text.Json.Serialization;

namespace Milestone.Domain.Tests.Sla;

/// <summary>SLA events hold only BCL types, so the store's plain System.Text.Json settings read them back unchanged.</summary>
public sealed class SlaSerializationTests
{
    private static readonly JsonSerializerOptions Store = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void A_started_clock_with_its_terms_round_trips()
    {
        var started = (SlaClockStarted)SlaClockTests.StartedEvents().Single();

        Assert.Equal(started, RoundTrip(started));
    }

    [Fact]
    public void Targets_stored_before_the_follow_up_targets_read_back_without_them()
    {
        var stored = JsonSerializer.Deserialize<SlaTargets>("""{"urgency":"High","response":"04:00:00","resolution":"08:00:00"}""", Store)!;

        Assert.Equal(new SlaTargets(Urgency.High, TimeSpan.FromHours(4), TimeSpan.FromHours(8)), stored);
        Assert.Null(stored.NextReply);
    }

    [Fact]
    public void A_calendar_with_midnight_periods_and_holidays_round_trips()
    {
        var calendar = BusinessCalendarTests.OfficeHours("Europe/London") with
        {
            WorkingPeriods = [new WorkingPeriod(DayOfWeek.Friday, new TimeOnly(22, 0), TimeOnly.MinValue)],
            Holidays = [new Holiday(new DateOnly(2026, 12, 25), "Christmas Day", true)],
        };
        var defined = BusinessCalendarDefinition.Define(Guid.NewGuid(), "Nights", calendar, new Actor(Guid.NewGuid(), Role.Admin, null), DateTimeOffset.UnixEpoch);

        Assert.Equal(defined, RoundTrip(defined));
    }

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Store), Store)!;
}
