using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.People;

public static class Configuration
{
    public static StoreOptions AddPeopleProjections(this StoreOptions options)
    {
        options.Projections.Add(new PersonStateProjection(), ProjectionLifecycle.Live);
        options.Projections.Add<PersonAccountProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<PersonAccount>()
            .UniqueIndex(account => account.NormalizedEmail)
            .Index(account => account.ClientId);
        return options;
    }
}
