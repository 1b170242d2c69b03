using System.Globalization;

namespace Milestone.Projections.Sla;

/// <summary>
/// Rolls each stopped SLA target up into its client, month, urgency and agent. Asynchronous: many
/// clocks feed one row, which only a single writer can keep without losing updates, and leadership's
/// compliance figures may lag a few seconds behind.
/// </summary>
public sealed partial class SlaComplianceProjection : MultiStreamProjection<SlaComplianceRow, string>
{
    public const string ProjectionName = "SlaCompliance";

    public SlaComplianceProjection()
    {
        Name = ProjectionName;
        Identity<SlaTargetStopped>(RowId);
    }

    public static string RowId(SlaTargetStopped stopped) =>
        string.Join(':', stopped.ClientId, Month(stopped), stopped.Urgency, stopped.CreditedTo?.ToString() ?? "nobody");

    public static SlaComplianceRow Create(SlaTargetStopped stopped) =>
        Apply(stopped, new SlaComplianceRow(RowId(stopped), stopped.ClientId, Month(stopped), stopped.Urgency, stopped.CreditedTo));

    public static SlaComplianceRow Apply(SlaTargetStopped stopped, SlaComplianceRow row)
    {
        var seconds = (int)stopped.Elapsed.TotalSeconds;
        var met = stopped.Met ? 1 : 0;
        return stopped.Kind == SlaTargetKind.Response
            ? row with { ResponsesMet = row.ResponsesMet + met, ResponseSeconds = [.. row.ResponseSeconds, seconds] }
            : row with { ResolutionsMet = row.ResolutionsMet + met, ResolutionSeconds = [.. row.ResolutionSeconds, seconds] };
    }

    private static string Month(SlaTargetStopped stopped) => stopped.StoppedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
