using Milestone.Domain.Reports;

namespace Milestone.Api.Reports;

public sealed record RevokeReportLink(Guid Id, Actor Actor) : IActorCommand;

public static class RevokeReportLinkHandler
{
    public static Events Handle(RevokeReportLink command, [WriteAggregate] ReportLink link, TimeProvider time) =>
        [.. link.Revoke(command.Actor, time.GetUtcNow())];
}
