using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.HourBanks;

namespace Milestone.Projections.HourBanks;

/// <summary>
/// Keeps each client's <see cref="HourBank"/> as a document, inline: every posting decides on it (so it is
/// not rebuilt from a long ledger each time), and the GraphQL fields read its terms and credits.
/// </summary>
public sealed partial class HourBankProjection : SingleStreamProjection<HourBank, Guid>
{
    public override HourBank? Evolve(HourBank? snapshot, Guid id, IEvent e) => HourBank.Evolve(snapshot, e.Data);
}
