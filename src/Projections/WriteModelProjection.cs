namespace Milestone.Projections;

/// <summary>
/// Lets Marten keep or rebuild a write-side aggregate (a <see cref="Domain.Requests.Request"/>, a
/// <see cref="Domain.Teams.Team"/>, …) with the domain's own <c>Evolve</c>, so the rules of how it evolves
/// stay in the domain. One class serves every aggregate because that function is all each would say.
/// </summary>
public sealed class WriteModelProjection<TAggregate>(Func<TAggregate?, object, TAggregate?> evolve)
    : SingleStreamProjection<TAggregate, Guid>
    where TAggregate : class
{
    public override TAggregate? Evolve(TAggregate? snapshot, Guid id, IEvent e) => evolve(snapshot, e.Data);
}
