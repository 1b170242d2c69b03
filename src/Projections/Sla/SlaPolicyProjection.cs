using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Sla;

namespace Milestone.Projections.Sla;

/// <summary>Each policy's current version as a document, for the administrators' lists and for starting clocks.</summary>
public sealed partial class SlaPolicyProjection : SingleStreamProjection<SlaPolicy, Guid>
{
    public override SlaPolicy? Evolve(SlaPolicy? snapshot, Guid id, IEvent e) => SlaPolicy.Evolve(snapshot, e.Data);
}
