using JasperFx.Events.Grouping;

namespace Milestone.Projections.HourBanks;

/// <summary>
/// Keeps the statement lines of each bank and instant (<see cref="HourBankInstant"/>), inline, so a statement reads
/// its month's lines and a forecast its window's without folding the ledger, and a mutation's answer sees its own.
/// </summary>
public sealed partial class HourBankInstantProjection : MultiStreamProjection<HourBankInstant, string>
{
    public HourBankInstantProjection()
    {
        CustomGrouping(new ByBankAndInstant());
    }

    public override HourBankInstant Evolve(HourBankInstant? snapshot, string id, IEvent e) =>
        (snapshot ?? HourBankInstant.Empty(id)).With(e.Data);

    private sealed class ByBankAndInstant : IAggregateGrouper<string>
    {
        public Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
        {
            foreach (var e in events)
            {
                if (HourBankInstant.IdFor(e.Data) is { } id)
                {
                    grouping.AddEvent(id, e);
                }
            }

            return Task.CompletedTask;
        }
    }
}
