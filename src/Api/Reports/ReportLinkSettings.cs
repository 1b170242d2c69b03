namespace Milestone.Api.Reports;

/// <summary>Bound from <c>Milestone:Reports</c>: how long a link to a quarterly review opens it.</summary>
public sealed class ReportLinkSettings
{
    public const string Section = "Milestone:Reports";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);
}
