namespace Milestone.Domain.Sla;

/// <summary>
/// A day without working time, in the calendar's local dates. A yearly holiday on 29 February
/// falls only in leap years.
/// </summary>
public sealed record Holiday(DateOnly Date, string Name, bool RecursYearly)
{
    public bool FallsOn(DateOnly date) =>
        RecursYearly ? date.Month == Date.Month && date.Day == Date.Day : date == Date;
}
