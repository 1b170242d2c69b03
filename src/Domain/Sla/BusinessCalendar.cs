using NodaTime.TimeZones;

namespace Milestone.Domain.Sla;

/// <summary>
/// When business time passes: weekly working periods and holidays in one IANA time zone, or every
/// hour of every day but the holidays (24×7). Periods are laid out on each local date and then turned into instants,
/// so a working day that contains a clock change counts the time that really passed: 09:00–17:00
/// around a 01:00 gap is still 8 h, while 00:00–04:00 on that day is 3 h.
/// </summary>
public sealed record BusinessCalendar(
    string TimeZoneId,
    IReadOnlyList<WorkingPeriod> WorkingPeriods,
    IReadOnlyList<Holiday> Holidays,
    bool IsAlwaysOpen = false)
{
    /// <summary>
    /// Add gives up after this many days in a row without working time, so a calendar whose every
    /// day is a holiday fails loudly instead of looping.
    /// </summary>
    private const int MaxDaysWithoutWorkingTime = 400;

    /// <summary>
    /// A wall-clock time the clocks skipped means the moment the clocks jumped to; a time that
    /// happened twice means its first occurrence. Either way no time is invented or lost.
    /// </summary>
    private static readonly ZoneLocalMappingResolver Lenient =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static BusinessCalendar AlwaysOpen(string timeZoneId) => new(timeZoneId, [], [], IsAlwaysOpen: true);

    public bool HasWorkingTime => IsAlwaysOpen || WorkingPeriods.Any(p => p.NominalLength > TimeSpan.Zero);

    /// <summary>The instant (in UTC) at which <paramref name="businessTime"/> of working time has passed since <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan businessTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(businessTime, TimeSpan.Zero);
        var zone = Zone();
        var from = Instant.FromDateTimeOffset(start);
        if (IsAroundTheClock || businessTime == TimeSpan.Zero)
        {
            return (from + Duration.FromTimeSpan(businessTime)).ToDateTimeOffset();
        }

        var remaining = Duration.FromTimeSpan(businessTime);
        var date = from.InZone(zone).Date;
        for (var idleDays = 0; idleDays < MaxDaysWithoutWorkingTime; date = date.PlusDays(1))
        {
            var worked = false;
            foreach (var (periodStart, periodEnd) in WorkingIntervals(date, zone))
            {
                var begin = Instant.Max(periodStart, from);
                if (begin >= periodEnd)
                {
                    continue;
                }

                worked = true;
                var available = periodEnd - begin;
                if (remaining <= available)
                {
                    return (begin + remaining).ToDateTimeOffset();
                }

                remaining -= available;
            }

            idleDays = worked ? 0 : idleDays + 1;
        }

        throw new InvalidOperationException(
            $"The calendar in {TimeZoneId} has no working time for {MaxDaysWithoutWorkingTime} days after {start:O}.");
    }

    /// <summary>Working time between two instants; zero when <paramref name="to"/> is not after <paramref name="from"/>.</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        if (IsAroundTheClock)
        {
            return to - from;
        }

        var zone = Zone();
        var start = Instant.FromDateTimeOffset(from);
        var end = Instant.FromDateTimeOffset(to);
        var total = Duration.Zero;
        for (var date = start.InZone(zone).Date; date <= end.InZone(zone).Date; date = date.PlusDays(1))
        {
            foreach (var (periodStart, periodEnd) in WorkingIntervals(date, zone))
            {
                var begin = Instant.Max(periodStart, start);
                var finish = Instant.Min(periodEnd, end);
                if (finish > begin)
                {
                    total += finish - begin;
                }
            }
        }

        return total.ToTimeSpan();
    }

    /// <summary>The stretches of working time between two instants, in order, cut to them (what an appointment may be booked in).</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var zone = Zone();
        var start = Instant.FromDateTimeOffset(from);
        var end = Instant.FromDateTimeOffset(to);
        for (var date = start.InZone(zone).Date; date <= end.InZone(zone).Date; date = date.PlusDays(1))
        {
            foreach (var (periodStart, periodEnd) in WorkingIntervals(date, zone))
            {
                var begin = Instant.Max(periodStart, start);
                var finish = Instant.Min(periodEnd, end);
                if (finish > begin)
                {
                    yield return (begin.ToDateTimeOffset(), finish.ToDateTimeOffset());
                }
            }
        }
    }

    /// <summary>Open without a break, so business time is simply real time.</summary>
    private bool IsAroundTheClock => IsAlwaysOpen && Holidays.Count == 0;

    public static bool IsKnownTimeZone(string timeZoneId) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;

    public bool Equals(BusinessCalendar? other) =>
        other is not null
        && TimeZoneId == other.TimeZoneId
        && IsAlwaysOpen == other.IsAlwaysOpen
        && WorkingPeriods.SequenceEqual(other.WorkingPeriods)
        && Holidays.SequenceEqual(other.Holidays);

    public override int GetHashCode() => HashCode.Combine(TimeZoneId, IsAlwaysOpen, WorkingPeriods.Count, Holidays.Count);

    private IEnumerable<(Instant Start, Instant End)> WorkingIntervals(LocalDate date, DateTimeZone zone)
    {
        var day = date.ToDateOnly();
        if (Holidays.Any(h => h.FallsOn(day)))
        {
            return [];
        }

        if (IsAlwaysOpen)
        {
            return [(zone.AtStartOfDay(date).ToInstant(), zone.AtStartOfDay(date.PlusDays(1)).ToInstant())];
        }

        return WorkingPeriods
            .Where(p => p.Day == day.DayOfWeek)
            .OrderBy(p => p.Start)
            .Select(p => (
                Start: At(date, p.Start, zone),
                End: p.EndsAtMidnight ? zone.AtStartOfDay(date.PlusDays(1)).ToInstant() : At(date, p.End, zone)))
            .ToList();
    }

    private static Instant At(LocalDate date, TimeOnly time, DateTimeZone zone) =>
        time == TimeOnly.MinValue
            ? zone.AtStartOfDay(date).ToInstant()
            : zone.ResolveLocal(date + LocalTime.FromTimeOnly(time), Lenient).ToInstant();


    private DateTimeZone Zone() =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(TimeZoneId)
        ?? throw new InvalidOperationException($"Unknown time zone '{TimeZoneId}'.");
}
