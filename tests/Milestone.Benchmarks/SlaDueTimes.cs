using BenchmarkDotNet.Attributes;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;

namespace Milestone.Benchmarks;

/// <summary>SLA due times over a business calendar: what starting a clock and pausing it compute.</summary>
[MemoryDiagnoser]
public class SlaDueTimes
{
    private static readonly DateTimeOffset FridayEvening = new(2026, 12, 18, 17, 30, 0, TimeSpan.Zero);

    private static readonly BusinessCalendar OfficeHours = new(
        "Europe/London",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingPeriod(day, new TimeOnly(9, 0), new TimeOnly(17, 0)))],
        [new Holiday(new DateOnly(2026, 12, 25), "Christmas Day", RecursYearly: true), new Holiday(new DateOnly(2026, 12, 28), "Boxing Day (substitute)", RecursYearly: false)]);

    private static readonly SlaTerms Terms = new(
        Guid.NewGuid(),
        1,
        [
            new SlaTargets(Urgency.Low, TimeSpan.FromHours(8), TimeSpan.FromHours(40)),
            new SlaTargets(Urgency.Normal, TimeSpan.FromHours(4), TimeSpan.FromHours(16)),
            new SlaTargets(Urgency.High, TimeSpan.FromHours(2), TimeSpan.FromHours(8)),
            new SlaTargets(Urgency.Critical, TimeSpan.FromMinutes(30), TimeSpan.FromHours(4)),
        ],
        75,
        OfficeHours);

    private readonly SlaClock _running = SlaClock.Evolve(null, SlaClock.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Urgency.Low, Terms, FridayEvening))!;

    [Benchmark(Description = "BusinessCalendar.Add 40 business hours over Christmas")]
    public DateTimeOffset AddAcrossHolidays() => OfficeHours.Add(FridayEvening, TimeSpan.FromHours(40));

    [Benchmark(Description = "BusinessCalendar.Between two weeks")]
    public TimeSpan BetweenTwoWeeks() => OfficeHours.Between(FridayEvening, FridayEvening.AddDays(14));

    [Benchmark(Description = "SlaClock.Start (four due times)")]
    public SlaClockStarted StartClock() => SlaClock.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Urgency.Low, Terms, FridayEvening);

    [Benchmark(Description = "SlaClock.Pause after a week")]
    public List<object> Pause() => [.. _running.Pause(FridayEvening.AddDays(7))];
}
