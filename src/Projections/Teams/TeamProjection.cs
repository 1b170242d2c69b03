using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Teams;

namespace Milestone.Projections.Teams;

/// <summary>Each team as it stands, for the administrators' lists and the team decisions.</summary>
public sealed partial class TeamProjection : SingleStreamProjection<Team, Guid>
{
    public override Team? Evolve(Team? snapshot, Guid id, IEvent e) => Team.Evolve(snapshot, e.Data);
}
