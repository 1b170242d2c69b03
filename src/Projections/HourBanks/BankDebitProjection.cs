namespace Milestone.Projections.HourBanks;

/// <summary>Keeps each worklog's <see cref="BankDebit"/> with the domain's own fold, in the transaction that posts it.</summary>
public sealed partial class BankDebitProjection : MultiStreamProjection<BankDebit, Guid>
{
    public BankDebitProjection()
    {
        Identity<WorklogDebited>(debited => debited.WorklogId);
        Identity<OverageRepaid>(repaid => repaid.WorklogId);
        Identity<WorklogDebitReversed>(reversed => reversed.WorklogId);
    }

    public override BankDebit? Evolve(BankDebit? snapshot, Guid id, IEvent e) => BankDebit.Evolve(snapshot, e.Data);
}
