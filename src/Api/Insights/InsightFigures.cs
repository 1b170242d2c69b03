namespace Milestone.Api.Insights;

public sealed record VolumeLine(DateOnly Period, string Status, string Urgency, string? Category, int Count);

/// <summary>Targets that stopped in the span: how many, how many in time, and the average business time they took.</summary>
public sealed record TargetAttainment(int Total, int Met, int? AverageSeconds)
{
    public double? AttainmentPercent => Total == 0 ? null : Math.Round(100.0 * Met / Total, 1);
}

public sealed record SlaFigures(TargetAttainment Responses, TargetAttainment Resolutions)
{
    /// <summary>Responses and resolutions together: the share of every target that stopped in time.</summary>
    public double? AttainmentPercent => Responses.Total + Resolutions.Total == 0
        ? null
        : Math.Round(100.0 * (Responses.Met + Resolutions.Met) / (Responses.Total + Resolutions.Total), 1);
}

/// <summary>Requests open now and how long they have waited since submission.</summary>
public sealed record BacklogFigures(int Open, double? AverageAgeDays, int UnderADay, int UpToAWeek, int UpToTwoWeeks, int OverTwoWeeks)
{
    public const int StaleAfterDays = 14;
}

/// <summary>Requests submitted, closed (completed or cancelled) and reopened in the span; completions counted once per completion.</summary>
public sealed record FlowFigures(int Opened, int Completed, int Cancelled, int Reopened)
{
    public int Closed => Completed + Cancelled;

    public double? ReopenRatePercent => Completed == 0 ? null : Math.Round(100.0 * Reopened / Completed, 1);
}

/// <summary>Self-service in the span: questions a suggested article answered, and requests submitted after suggestions anyway.</summary>
public sealed record SelfServiceFigures(int Answered, int SubmittedAnyway)
{
    /// <summary>Answered ÷ (answered + submitted anyway), one decimal; null when no suggestion was acted on.</summary>
    public double? DeflectionRatePercent => Answered + SubmittedAnyway == 0 ? null : Math.Round(100.0 * Answered / (Answered + SubmittedAnyway), 1);
}

/// <summary>
/// Time in the span: minutes logged on worklogs (by work date), the billable part, and the hour banks' minutes
/// credited (sold: purchases and allocations) and billed (used: debits less reversals), by entry time.
/// </summary>
public sealed record HourFigures(int LoggedMinutes, int BillableMinutes, int SoldMinutes, int UsedMinutes)
{
    /// <summary>Billable share of all time logged.</summary>
    public double? UtilisationPercent => LoggedMinutes == 0 ? null : Math.Round(100.0 * BillableMinutes / LoggedMinutes, 1);

    /// <summary>Hours used as a share of hours sold in the span.</summary>
    public double? BurnPercent => SoldMinutes == 0 ? null : Math.Round(100.0 * UsedMinutes / SoldMinutes, 1);
}

/// <summary>
/// Work credited in a span: completions made (handled), SLA targets credited that stopped, minutes logged, and how
/// many of those completions were reopened later.
/// </summary>
public abstract record WorkPerformance(int Handled, TargetAttainment Responses, TargetAttainment Resolutions, int LoggedMinutes, int ReopenedAfterwards)
{
    public double? ReopenRatePercent => Handled == 0 ? null : Math.Round(100.0 * ReopenedAfterwards / Handled, 1);
}

/// <summary>One agent's work; <see cref="Name"/> from the people read model, null for an id that names nobody.</summary>
public sealed record AgentPerformance(Guid AgentId, string? Name, int Handled, TargetAttainment Responses, TargetAttainment Resolutions, int LoggedMinutes, int ReopenedAfterwards)
    : WorkPerformance(Handled, Responses, Resolutions, LoggedMinutes, ReopenedAfterwards);

/// <summary>A team's work: its members' work done while they belonged to it.</summary>
public sealed record TeamPerformance(Guid TeamId, string Name, int Handled, TargetAttainment Responses, TargetAttainment Resolutions, int LoggedMinutes, int ReopenedAfterwards)
    : WorkPerformance(Handled, Responses, Resolutions, LoggedMinutes, ReopenedAfterwards);
