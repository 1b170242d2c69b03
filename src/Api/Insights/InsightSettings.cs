namespace Milestone.Api.Insights;

/// <summary>
/// The MSP's own time zone, in which MSP-wide figures (no client named) count their days and months. A client's own
/// figures always count in the client's zone.
/// </summary>
public sealed class InsightSettings
{
    public const string Section = "Milestone:Insights";

    public string TimeZone { get; set; } = InsightZones.Utc;
}
