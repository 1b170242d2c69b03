using JasperFx.Events.Grouping;

namespace Milestone.Projections.HourBanks;

/// <summary>
/// Keeps each bank's months (<see cref="HourBankMonth"/>, one document per <c>{bankId}:{yyyy-MM}</c>), inline, so a
/// statement, balance or forecast reads a few months instead of the whole ledger, and a mutation's answer sees its own entry.
/// </summary>
public sealed partial class HourBankMonthProjection : MultiStreamProjection<HourBankMonth, string>
{
    public HourBankMonthProjection()
    {
        CustomGrouping(new ByBankMonth());
    }

    public override HourBankMonth? Evolve(HourBankMonth? snapshot, string id, IEvent e) => (snapshot ?? HourBankMonth.Empty(id)).With(e.Data);

    /// <summary>
    /// An entry's month is the bank's local month of its <c>At</c>, and only the bank's opening names the zone. The
    /// opening is in the batch when the bank is new; otherwise the bank's document says, or, while that is being
    /// rebuilt, the first event of its stream.
    /// </summary>
    private sealed class ByBankMonth : IAggregateGrouper<string>
    {
        public async Task Group(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
        {
            var entries = events.Where(e => e.Data is IHourBankEvent).ToList();
            if (entries.Count == 0)
            {
                return;
            }

            var zones = entries.Select(e => e.Data).OfType<HourBankOpened>().ToDictionary(opened => opened.BankId, opened => opened.TimeZone);
            var missing = entries.Select(e => ((IHourBankEvent)e.Data).BankId).Distinct().Where(bankId => !zones.ContainsKey(bankId)).ToList();
            if (missing.Count > 0)
            {
                foreach (var bank in await session.LoadManyAsync<HourBank>(missing))
                {
                    zones[bank.Id] = bank.TimeZone;
                }
            }

            foreach (var bankId in missing.Where(bankId => !zones.ContainsKey(bankId)))
            {
                var first = await session.Events.FetchStreamAsync(bankId, version: 1);
                zones[bankId] = first.Select(e => e.Data).OfType<HourBankOpened>().Single().TimeZone;
            }

            foreach (var e in entries)
            {
                var entry = (IHourBankEvent)e.Data;
                grouping.AddEvent(HourBankMonth.IdFor(entry.BankId, new BankCalendar(zones[entry.BankId]).MonthOf(entry.At)), e);
            }
        }
    }
}
