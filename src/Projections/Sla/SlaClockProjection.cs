using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Sla;

namespace Milestone.Projections.Sla;

/// <summary>
/// Keeps each request's <see cref="SlaClock"/> as a document, inline: the clock handlers load it to
/// decide, the request's <c>sla</c> field reads it, and queues sort and filter by its standing.
/// </summary>
public sealed partial class SlaClockProjection : SingleStreamProjection<SlaClock, Guid>
{
    public override SlaClock? Evolve(SlaClock? snapshot, Guid id, IEvent e) => SlaClock.Evolve(snapshot, e.Data);
}
