using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.People;

namespace Milestone.Projections.People;

public sealed partial class PersonStateProjection : SingleStreamProjection<Person, Guid>
{
    public override Person? Evolve(Person? snapshot, Guid id, IEvent e) => Person.Evolve(snapshot, e.Data);
}
