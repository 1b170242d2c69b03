namespace Milestone.Api.Insights;

/// <summary>
/// A client's health over a span, 0–100 (docs/insights.md): 40 % SLA attainment, 20 % fresh backlog,
/// 20 % hour-bank cover, 20 % work that stayed done. Each part is a percentage, 100 when there is nothing
/// to count; the score is rounded to a whole number.
/// </summary>
public sealed record ClientHealth(double Attainment, double Backlog, double HourBank, double StayedDone)
{
    public int Score => (int)Math.Round((0.4 * Attainment) + (0.2 * Backlog) + (0.2 * HourBank) + (0.2 * StayedDone), MidpointRounding.AwayFromZero);

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

public enum HealthBand
{
    Healthy,
    Watch,
    AtRisk,
}
