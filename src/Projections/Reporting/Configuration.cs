using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Reporting;

public static class Configuration
{
    /// <summary>
    /// Asynchronous: report builders read minutes-old figures happily, and keeping the tables off the
    /// write path keeps them from slowing or failing a command.
    /// </summary>
    public static StoreOptions AddReportingProjections(this StoreOptions options)
    {
        options.Projections.Add(new RequestReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new SlaCycleReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new LedgerReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new WorklogReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new MessageReportingProjection(), ProjectionLifecycle.Async);
        options.Projections.Add(new TeamReportingProjection(), ProjectionLifecycle.Async);
        return options;
    }

    public static readonly string[] ProjectionNames =
    [
        RequestReportingProjection.ProjectionName,
        SlaCycleReportingProjection.ProjectionName,
        LedgerReportingProjection.ProjectionName,
        WorklogReportingProjection.ProjectionName,
        MessageReportingProjection.ProjectionName,
        TeamReportingProjection.ProjectionName,
    ];
}
