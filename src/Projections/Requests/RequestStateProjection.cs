using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Requests;

namespace Milestone.Projections.Requests;

/// <summary>
/// Lets Marten rebuild the write-side <see cref="Request"/> for each command; the rules of how it
/// evolves stay in the domain.
/// </summary>
public sealed partial class RequestStateProjection : SingleStreamProjection<Request, Guid>
{
    public override Request? Evolve(Request? snapshot, Guid id, IEvent e) => Request.Evolve(snapshot, e.Data);
}
