namespace Milestone.Api.Insights;

/// <summary>
/// A client's health over a span, 0–100 (docs/insights.md): 40 % SLA attainment, 20 % fresh backlog,
/// 20 % hour-bank cover, 20 % work that stayed done. Each part is a percentage, 100 when there is nothing
/// to count; the score is rounded to a whole number.
/// </summary>
public sealed record ClientHealth(double Attainment, double Backlog, double HourBank, double StayedDone)
{
    /// <summary>The parts with their weights, the one place the weights are written, so a review can show how the score came about.</summary>
    public IReadOnlyList<HealthPart> Parts =>
    [
        new("SLA attainment", 0.4, Attainment),
        new("Fresh backlog (open requests under 14 days old)", 0.2, Backlog),
        new("Hour-bank cover (hours sold for hours used)", 0.2, HourBank),
        new("Work that stayed done (100 − reopen rate)", 0.2, StayedDone),
    ];

    /// <summary>
    /// The client's assets in service or in repair whose warranty ends in the next <see cref="Assets.AssetWarranties.SoonDays"/> days,
    /// counted today: a figure beside the score, not part of it, so a quarter's score does not move with the day it is read.
    /// </summary>
    public int WarrantiesEndingSoon { get; init; }

    public int Score => (int)Math.Round(Parts.Sum(part => part.Points), MidpointRounding.AwayFromZero);

    public HealthBand Band => Score switch
    {
        >= 80 => HealthBand.Healthy,
        >= 60 => HealthBand.Watch,
        _ => HealthBand.AtRisk,
    };

    public static ClientHealth Of(SlaFigures sla, BacklogFigures backlog, HourFigures hours, FlowFigures flow) => new(
        sla.AttainmentPercent ?? 100,
        backlog.Open == 0 ? 100 : Math.Round(100.0 * (backlog.Open - backlog.OverTwoWeeks) / backlog.Open, 1),
        hours.UsedMinutes <= hours.SoldMinutes ? 100 : Math.Round(100.0 * hours.SoldMinutes / hours.UsedMinutes, 1),
        100 - (flow.ReopenRatePercent ?? 0));
}

/// <summary>One part of the health score: a percentage and the weight it carries.</summary>
public sealed record HealthPart(string Name, double Weight, double Value)
{
    public double Points => Weight * Value;
}

public enum HealthBand
{
    Healthy,
    Watch,
    AtRisk,
}
