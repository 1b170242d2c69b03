using JasperFx.Events;

namespace Milestone.Api.HourBanks;

/// <summary>
/// Posts worklogs to the client's hour bank. Marten forwards each committed worklog event through Wolverine's
/// outbox; the bank is idempotent on the worklog id, so a duplicate delivery writes nothing. Every worklog of a
/// client lands on the one bank stream, so writers racing each other retry on the new state. A client
/// without an open bank has nothing to post to: the worklog stays on the request only. The bank holds running
/// totals, not its debits: the one debit a posting is about is loaded by the worklog's id and handed to the
/// decision, in the same round trip as the bank.
/// </summary>
public static class PostWorklogsToHourBankHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsDurably();

    public static Task<OutgoingMessages> Handle(IEvent<WorkLogged> e, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var logged = e.Data;
        return PostAsync(logged.ClientId, logged.RequestId, logged.WorklogId, logged.AgentId, session, time, cancellation, (bank, known, category, teams, now) =>
            bank.PostWorklog(known, logged.WorklogId, logged.RequestId, logged.AgentId, category, logged.WorkDate, logged.Minutes, logged.Billable, now, teams));
    }

    /// <summary>
    /// The correction does not say when the worklog was first logged, and the bank needs that to leave time
    /// logged before it opened unposted; the worklog's view, kept inline with the request, does.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(IEvent<WorklogCorrected> e, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var corrected = e.Data;
        var worklog = await session.LoadAsync<WorklogView>(corrected.WorklogId, cancellation)
            ?? throw new InvalidOperationException($"Worklog {corrected.WorklogId} was corrected but has no view to say when it was logged.");
        return await PostAsync(corrected.ClientId, corrected.RequestId, corrected.WorklogId, corrected.AgentId, session, time, cancellation, (bank, known, category, teams, now) =>
            bank.CorrectWorklog(
                known, corrected.WorklogId, corrected.RequestId, corrected.AgentId, category, corrected.WorkDate, corrected.Minutes, corrected.Billable, worklog.LoggedAt, now, teams));
    }

    public static Task<OutgoingMessages> Handle(IEvent<WorklogDeleted> e, IDocumentSession session, TimeProvider time, CancellationToken cancellation) =>
        PostAsync(e.Data.ClientId, e.Data.RequestId, e.Data.WorklogId, agentId: null, session, time, cancellation, (bank, known, _, _, now) => bank.RemoveWorklog(known, now));

    /// <summary>
    /// The category is the request's, and the agent's teams their teams, as they stand when the entry is posted; the
    /// ledger line keeps the multiplier they made from then on. Teams are read only for a posting (<paramref name="agentId"/>
    /// given) on a bank that names some.
    /// </summary>
    private static async Task<OutgoingMessages> PostAsync(
        Guid clientId,
        Guid requestId,
        Guid worklogId,
        Guid? agentId,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation,
        Func<HourBank, BankDebit?, string?, IReadOnlyCollection<Guid>, DateTimeOffset, IEnumerable<object>> decide)
    {
        var batch = session.CreateBatchQuery();
        var fetched = batch.Events.FetchForWriting<HourBank>(HourBank.IdFor(clientId));
        var debit = batch.Load<BankDebit>(worklogId);
        var request = batch.Load<RequestDetails>(requestId);
        await batch.Execute(cancellation);
        var stream = await fetched;
        if (stream.Aggregate is not { } bank)
        {
            return [];
        }

        var teams = agentId is not { } agent || bank.BurnRates.Teams.Count == 0
            ? []
            : (await session.LoadManyAsync<Team>(cancellation, bank.BurnRates.Teams.Select(rate => rate.TeamId))).Where(team => team.Members.Contains(agent)).Select(team => team.Id).ToList();
        var now = time.GetUtcNow();
        var decided = decide(bank, await debit, (await request)?.Category, teams, now).ToList();
        stream.AppendMany(decided);
        return HourBankChores.ScheduledAfter(bank, decided, now);
    }
}
