using Milestone.Api.HourBanks;
using Milestone.Api.Requests;
using Milestone.Api.Sla;
using Milestone.Domain.HourBanks;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;
using Milestone.Api.Messages;
using Milestone.Api.Worklogs;
using Milestone.Host.Seeding;
using JasperFx.Events;

namespace Milestone.Host.Commands;

/// <summary>
/// The quarter's work, told as scenes: each happens at its moment on the <see cref="DemoClock"/>, brings what follows
/// a request up to date at once (its SLA clock, the hour-bank postings of its worklogs) rather than leaving it to
/// the forwarded events a service handles later, on real time; and before the clock moves on, the SLA deadlines and
/// hour-bank chores that fell due in between are delivered, as Wolverine's scheduler would have done had the
/// quarter passed in real time. The forwarded events and scheduled messages still reach the service afterwards and
/// find nothing left to do. The same seed tells the same story, so the demo is the same on every machine apart
/// from its dates.
/// </summary>
public sealed class DemoQuarter(IMessageBus bus, DemoClock clock, IDocumentStore store, string tenant, IReadOnlyList<Actor> agents)
{

    private static readonly string[] RareStories = ["reopened", "late", "waiting", "cancelled"];

    private readonly Random _random = new(2026);
    private readonly List<Scene> _scenes = [];
    private readonly HashSet<Guid> _clocksToWatch = [];
    private readonly List<Guid> _banks = [];
    private readonly Dictionary<Guid, long> _followedVersions = [];

    /// <summary>Writes the scenes of one client's quarter: about one request every other weekday, each with a life of its own.</summary>
    public void Tell(DemoClient client, Guid clientId, Actor member, Actor accountManager, DateTimeOffset start)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(client.TimeZone);
        _banks.Add(HourBank.IdFor(clientId));
        var titles = new Queue<string>(DemoRequests.Titles.OrderBy(_ => _random.Next()));
        var days = (TimeProvider.System.GetUtcNow() - start).Days;
        var told = 0;
        for (var day = 0; day <= days; day++)
        {
            var date = DateOnly.FromDateTime(start.UtcDateTime).AddDays(day);
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || _random.NextDouble() > 0.45)
            {
                continue;
            }

            var submittedAt = LocalTime(zone, date, 8 + _random.Next(9), _random.Next(4) * 15);
            var title = titles.TryDequeue(out var next) ? next : DemoRequests.Titles[_random.Next(DemoRequests.Titles.Length)];
            TellRequest(new DemoRequest(Guid.CreateVersion7(submittedAt), clientId, member, zone, title, told++), submittedAt);
        }

        if (client.Hours == DemoHours.BlocksAndATopUp)
        {
            var topUpDay = DateOnly.FromDateTime(start.UtcDateTime).AddDays(7 * 8);
            At(LocalTime(zone, topUpDay, 10, 0), () => bus.InvokeAsync(
                new PurchaseHourBlock(clientId, null, 20 * 60, 1_600m, client.Currency, topUpDay, null, null, accountManager)));
        }
    }

    /// <summary>Plays every scene up to the present, in time order, then delivers what is due by now.</summary>
    public async Task PlayUntilNowAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        foreach (var scene in _scenes.OrderBy(scene => scene.At).ThenBy(scene => scene.Order).TakeWhile(scene => scene.At <= now))
        {
            await DeliverDueAsync(scene.At);
            clock.Set(Later(scene.At));
            await scene.Play();
        }

        await DeliverDueAsync(TimeProvider.System.GetUtcNow());
    }

    private void TellRequest(DemoRequest request, DateTimeOffset submittedAt)
    {
        var urgency = Pick((Urgency.Low, 20), (Urgency.Normal, 55), (Urgency.High, 20), (Urgency.Critical, 5));
        var agent = agents[_random.Next(agents.Count)];
        // Each client's first requests take each of the rarer turns, so every client's figures show all of them.
        var story = request.Ordinal < RareStories.Length
            ? RareStories[request.Ordinal]
            : Pick(("smooth", 55), ("late", 12), ("waiting", 15), ("reopened", 10), ("cancelled", 8));

        At(request, submittedAt, () => bus.InvokeAsync(new SubmitRequest(request.Id, request.Member, request.ClientId, request.Title, DemoRequests.Description(request.Title), urgency)));
        if (story == "cancelled")
        {
            At(request, request.Business(submittedAt, _random.Next(1, 4) * 30), () => Change(request, request.Member, version => new CancelRequest(request.Id, version, request.Member, "Sorted it ourselves, thanks.")));
            return;
        }

        // The last days' requests are still being worked, so the queue has something in every state.
        var stillOpen = TimeProvider.System.GetUtcNow() - submittedAt < TimeSpan.FromDays(7);
        if (stillOpen && _random.NextDouble() < 0.3)
        {
            return;
        }

        var responseMinutes = story == "late" ? 300 + _random.Next(180) : urgency == Urgency.Critical ? 10 + _random.Next(30) : 20 + _random.Next(150);
        var started = request.Business(submittedAt, responseMinutes);
        At(request, started, () => Change(request, agent, version => new AssignRequest(request.Id, version, agent, agent.PersonId)));
        At(request, started, () => Change(request, agent, version => new StartWork(request.Id, version, agent)));
        At(request, started.AddMinutes(5), () => Post(request, agent, DemoRequests.FirstReply, isInternal: false));
        if (_random.NextDouble() < 0.35)
        {
            At(request, started.AddMinutes(20), () => Post(request, agent, DemoRequests.InternalNote, isInternal: true));
        }

        var worked = started;
        if (story == "waiting")
        {
            var asked = request.Business(started, 60);
            At(request, asked, () => Change(request, agent, version => new WaitOnClient(request.Id, version, agent, "Which device is it, and when did it start?")));
            if (stillOpen)
            {
                return;
            }

            worked = request.Business(asked, 240 + _random.Next(480));
            At(request, worked, () => Post(request, request.Member, DemoRequests.ClientAnswer, isInternal: false));
        }

        if (stillOpen)
        {
            LogWorkBetween(request, agent, started, worked.AddMinutes(30), 1);
            return;
        }

        var resolutionMinutes = _random.NextDouble() < 0.15 ? 900 + _random.Next(600) : 90 + _random.Next(420);
        var completed = request.Business(worked, resolutionMinutes);
        LogWorkBetween(request, agent, worked, completed, _random.Next(1, 3));
        At(request, completed, () => Post(request, agent, DemoRequests.Resolution, isInternal: false));
        At(request, completed.AddMinutes(1), () => Change(request, agent, version => new CompleteRequest(request.Id, version, agent, null)));
        if (story != "reopened")
        {
            return;
        }

        var reopened = request.Business(completed, 240);
        At(request, reopened, () => Change(request, request.Member, version => new ReopenRequest(request.Id, version, request.Member, "It is happening again since this morning.")));
        var fixedAgain = request.Business(reopened, 60 + _random.Next(240));
        LogWorkBetween(request, agent, reopened, fixedAgain, 1);
        At(request, fixedAgain, () => Post(request, agent, DemoRequests.Resolution, isInternal: false));
        At(request, fixedAgain.AddMinutes(1), () => Change(request, agent, version => new CompleteRequest(request.Id, version, agent, null)));
    }

    private void LogWorkBetween(DemoRequest request, Actor agent, DateTimeOffset from, DateTimeOffset to, int worklogs)
    {
        for (var index = 1; index <= worklogs; index++)
        {
            var at = from + (to - from) * index / (worklogs + 1);
            var minutes = 15 + _random.Next(4) * 15;
            var key = $"demo-{Guid.CreateVersion7(at)}";
            var billable = _random.NextDouble() > 0.1;
            var workDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, request.Zone).DateTime);
            At(request, at, () => bus.InvokeAsync(new LogWork(request.Id, agent, key, workDate, minutes, billable, billable ? "Diagnosis and fix" : "Handover notes, not billed")));
        }
    }

    private async Task Change<TCommand>(DemoRequest request, Actor actor, Func<int, TCommand> command) where TCommand : notnull
    {
        await using var session = store.QuerySession(tenant);
        var current = await session.Events.AggregateStreamAsync<Request>(request.Id)
            ?? throw new InvalidOperationException($"The demo request '{request.Title}' was never submitted.");
        await bus.InvokeAsync(command(current.VersionSeenBy(actor)));
    }

    private Task Post(DemoRequest request, Actor author, string body, bool isInternal) =>
        bus.InvokeAsync(new PostMessage(request.Id, author, $"demo-{Guid.CreateVersion7(clock.GetUtcNow())}", body, isInternal));

    /// <summary>The SLA deadlines and hour-bank chores due by <paramref name="until"/>, each delivered at its own moment, in order.</summary>
    private async Task DeliverDueAsync(DateTimeOffset until)
    {
        while (await NextDueAsync(until) is { } due)
        {
            clock.Set(Later(due.At));
            await bus.InvokeAsync(due.Message);
        }
    }

    private async Task<(DateTimeOffset At, object Message)?> NextDueAsync(DateTimeOffset until)
    {
        await using var session = store.QuerySession(tenant);
        var clocks = await session.LoadManyAsync<SlaClock>(_clocksToWatch);
        _clocksToWatch.ExceptWith(clocks.Where(slaClock => slaClock.PendingDeadlines().Count == 0).Select(slaClock => slaClock.Id));
        var deadlines = clocks.SelectMany(slaClock => slaClock.PendingDeadlines()).Select(deadline => (At: deadline.DueAt, Message: (object)deadline));
        var banks = await session.LoadManyAsync<HourBank>(_banks);
        var chores = banks.SelectMany(bank => bank.Upcoming().Select(chore => (At: chore.DueAt, Message: (object)new HourBankChoreDue(bank.Id, chore.Chore, chore.Month, chore.DueAt))));
        return deadlines.Concat(chores).Where(due => due.At <= until).OrderBy(due => due.At).Cast<(DateTimeOffset, object)?>().FirstOrDefault();
    }

    private void At(DateTimeOffset at, Func<Task> play) => _scenes.Add(new Scene(at, _scenes.Count, play));

    private void At(DemoRequest request, DateTimeOffset at, Func<Task> play) => At(at, async () =>
    {
        await play();
        await FollowAsync(request);
    });

    /// <summary>The request's SLA clock caught up, and its new worklogs posted to the hour bank, now and on the demo clock.</summary>
    private async Task FollowAsync(DemoRequest request)
    {
        await bus.InvokeAsync(new CatchUpSlaClock(request.Id));
        await using var session = store.QuerySession(tenant);
        var followed = _followedVersions.GetValueOrDefault(request.Id);
        var events = await session.Events.FetchStreamAsync(request.Id, fromVersion: followed + 1);
        foreach (var logged in events.OfType<IEvent<WorkLogged>>())
        {
            await bus.InvokeAsync(logged);
        }

        _followedVersions[request.Id] = events.Count > 0 ? events[^1].Version : followed;
        _clocksToWatch.Add(SlaClock.IdFor(request.Id));
    }

    /// <summary>The clock never runs backwards: a scene due while an earlier one was played happens just after it.</summary>
    private DateTimeOffset Later(DateTimeOffset at) => at > clock.GetUtcNow() ? at : clock.GetUtcNow();

    private T Pick<T>(params (T Value, int Weight)[] choices)
    {
        var roll = _random.Next(choices.Sum(choice => choice.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static DateTimeOffset LocalTime(TimeZoneInfo zone, DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private sealed record Scene(DateTimeOffset At, int Order, Func<Task> Play);
}
