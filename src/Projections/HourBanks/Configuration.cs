using JasperFx.Events.Projections;
using Marten;
using Milestone.Domain.HourBanks;

namespace Milestone.Projections.HourBanks;

public static class Configuration
{
    public static StoreOptions AddHourBankProjections(this StoreOptions options)
    {
        options.Projections.Add<HourBankProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<HourBank>().UniqueIndex(bank => bank.ClientId);
        return options;
    }
}
