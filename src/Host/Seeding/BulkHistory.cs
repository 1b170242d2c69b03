using Milestone.Domain.HourBanks;
using Milestone.Domain.Organisations;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;
using Milestone.Projections.Organisations;

namespace Milestone.Host.Seeding;

/// <summary>The MSP staff a generated history is worked by, and the SLA policy its clocks count under.</summary>
public sealed record SeedCast(Actor Admin, Actor AccountManager, Actor TeamLead, IReadOnlyList<Actor> Agents, SlaPolicy Policy, BusinessCalendar Calendar);

/// <summary>
/// A client's realistic history, decided by the domain as the commands would decide it: the client and its
/// people, an hour bank with purchased blocks, and requests that are assigned, categorised, answered,
/// worked, logged and completed, each with its SLA clock and its worklogs posted to the bank. Requests are
/// spaced evenly up to <c>until</c>, each worked within the hour, so every SLA target is met and no deadline
/// is left pending.
/// </summary>
public sealed class BulkHistory(SeedCast cast, DateTimeOffset until)
{
    /// <summary>Events one request brings, across its own stream, its clock and the bank.</summary>
    public const int EventsPerRequest = 14;

    private const int BlockMinutes = 10_000 * 60;
    private const int BillingIncrementMinutes = 15;
    private static readonly TimeSpan RequestsApart = TimeSpan.FromHours(23);
    private static readonly string[] TimeZones = ["Europe/London", "America/New_York", "America/Chicago", "Europe/Berlin", "Australia/Sydney"];
    private static readonly string[] Categories = ["Access", "Hardware", "Network", "Email", "Software", "Security"];
    private static readonly string[] Titles =
    [
        "Cannot sign in to the finance system", "Laptop battery swells", "VPN drops every hour", "Shared mailbox missing",
        "Printer on floor 3 offline", "New starter needs an account", "Backup job failed overnight", "Renew the SSL certificate",
    ];

    public ClientHistory Client(SeededClient plan)
    {
        var (number, requestCount) = (plan.Number, plan.Requests);
        var history = new Recorder();
        var zone = TimeZones[number % TimeZones.Length];
        var firstRequestAt = Microseconds(until - (RequestsApart * requestCount) - TimeSpan.FromHours(1));
        var createdAt = firstRequestAt - TimeSpan.FromDays(2);
        var clientId = Guid.CreateVersion7(createdAt);
        history.Start<ClientOrganisationDetails>(
            clientId, createdAt, cast.Admin, ClientOrganisation.Create(clientId, plan.Name, zone, [$"Office {number:D5}"], cast.Admin, createdAt));

        var members = new[] { Join(history, clientId, number, "admin", Role.ClientAdmin, createdAt), Join(history, clientId, number, "member", Role.ClientMember, createdAt) };
        var bank = new BankLedger(history, clientId, zone, cast.AccountManager, createdAt.AddHours(1));
        var terms = cast.Policy.Terms(cast.Calendar, zone);
        var requests = new List<(Guid, long)>(requestCount);
        for (var index = 0; index < requestCount; index++)
        {
            var member = members[index % members.Length];
            var agent = cast.Agents[(number + index) % cast.Agents.Count];
            requests.Add(Worked(history, bank, terms, member, agent, number, index, plan.WorklogsOf(index), firstRequestAt + (RequestsApart * index)));
        }

        return history.Finish(requests);
    }

    private Actor Join(Recorder history, Guid clientId, int number, string who, Role role, DateTimeOffset at)
    {
        var personId = Guid.CreateVersion7(at);
        var invited = Person.Invite(cast.Admin, personId, $"{who}{number:D5}@client{number:D5}.seed.test", $"Client {number:D5} {who}", role, clientId, true, Guid.NewGuid(), at);
        history.Start<Person>(personId, at, cast.Admin, invited);
        var person = Person.Evolve(null, invited)!;
        history.Append(personId, at.AddMinutes(30), new Actor(personId, role, clientId), [.. person.AcceptInvitation(invited.InvitationId, at.AddMinutes(30))]);
        return new Actor(personId, role, clientId);
    }

    private (Guid, long) Worked(Recorder history, BankLedger bank, SlaTerms terms, Actor member, Actor agent, int number, int index, int worklogs, DateTimeOffset submittedAt)
    {
        var urgency = (Urgency)(index % 4);
        var title = Titles[(number + index) % Titles.Length];
        var requestId = Guid.CreateVersion7(submittedAt);
        var submitted = Request.Submit(requestId, member.ClientId!.Value, member.PersonId, title, $"Seeded request {index + 1} of client {number:D5}: {title.ToLowerInvariant()}.", urgency, submittedAt);
        var request = history.Start<Request>(requestId, submittedAt, member, submitted, Request.Evolve);

        var clockId = SlaClock.IdFor(requestId);
        var clock = history.Start<SlaClock>(clockId, submittedAt, null, SlaClock.Start(clockId, requestId, submitted.ClientId, urgency, terms, submittedAt), SlaClock.Evolve);

        var at = submittedAt.AddMinutes(2);
        request = history.Decide(request, at, cast.TeamLead, request.Assign(cast.TeamLead, agent.PersonId, new NamedPerson(agent.PersonId, agent.Role, agent.ClientId, PersonStatus.Active, agent.StaffScope), at));
        at = at.AddMinutes(1);
        request = history.Decide(request, at, agent, request.Categorise(agent, Categories[index % Categories.Length], at));
        at = at.AddMinutes(2);
        request = history.Decide(request, at, agent, request.StartWork(agent, at));

        at = at.AddMinutes(5);
        request = history.Decide(request, at, agent, request.PostMessage(agent, "reply", "Thanks, we are looking into it now.", internalNote: false, at));
        clock = history.Decide(clock, at, null, clock.RecordStaffReply(at, agent.PersonId));

        at = at.AddMinutes(30);
        request = history.Decide(request, at, member, request.PostMessage(member, "reply", "Thank you, it happens every morning.", internalNote: false, at));

        foreach (var (minutes, key) in WorkSessions(index, worklogs))
        {
            at = at.AddMinutes(5);
            request = history.Decide(request, at, agent, request.LogWork(agent, key, DateOnly.FromDateTime(at.UtcDateTime), minutes, billable: true, "Diagnosed and fixed.", at));
            bank.Post(CallerKeys.WorklogId(requestId, agent, key), requestId, agent.PersonId, request.Category, DateOnly.FromDateTime(at.UtcDateTime), minutes, at);
        }

        at = at.AddMinutes(5);
        request = history.Decide(request, at, agent, request.Complete(agent, null, at));
        history.Decide(clock, at, null, clock.Complete(at, request.AssigneeId));
        return (requestId, request.Version);
    }

    /// <summary>A diagnosis, a fix, and for a long ledger further sessions of a quarter of an hour, five minutes apart.</summary>
    private static IEnumerable<(int Minutes, string Key)> WorkSessions(int index, int count) =>
        new[] { (20 + (index % 4 * 10), "diagnosis"), (15, "fix") }.Concat(Enumerable.Range(3, Math.Max(0, count - 2)).Select(session => (15, $"session {session}"))).Take(count);

    private static DateTimeOffset Microseconds(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMicrosecond));

    /// <summary>
    /// The bank's side, posted the way the domain posts a billable worklog to a bank with credit left: billed
    /// in whole increments, drawn from the oldest block. A new block is bought before a posting could run the
    /// balance down to the alert threshold, so no posting ever owes overage or raises an alert.
    /// </summary>
    private sealed class BankLedger
    {
        /// <summary>The terms never change, so every posting's work date is priced at the opening rate.</summary>
        private const decimal OverageRatePerHour = 90m;

        private readonly Recorder _history;
        private readonly Guid _bankId;
        private readonly Guid _clientId;
        private readonly BankCalendar _calendar;
        private readonly Actor _accountManager;
        private readonly List<(Guid CreditId, int Left)> _credits = [];

        public BankLedger(Recorder history, Guid clientId, string timeZone, Actor accountManager, DateTimeOffset openedAt)
        {
            _history = history;
            _clientId = clientId;
            _bankId = HourBank.IdFor(clientId);
            _calendar = new BankCalendar(timeZone);
            _accountManager = accountManager;
            history.Start<HourBank>(
                _bankId,
                openedAt,
                accountManager,
                HourBank.Open(accountManager, _bankId, clientId, BillingIncrementMinutes, OverageRatePerHour, "GBP", timeZone, LowBalanceThreshold.AtMinutes(60), openedAt, alreadyOpen: false));
            Purchase(openedAt.AddMinutes(1));
        }

        public void Post(Guid worklogId, Guid requestId, Guid agentId, string? category, DateOnly workDate, int minutes, DateTimeOffset at)
        {
            var billed = (minutes + BillingIncrementMinutes - 1) / BillingIncrementMinutes * BillingIncrementMinutes;
            if (_credits.Sum(credit => credit.Left) - billed <= 24 * 60)
            {
                Purchase(at);
                at = at.AddTicks(10);
            }

            var draws = new List<CreditDraw>();
            var owed = billed;
            for (var i = 0; i < _credits.Count && owed > 0; i++)
            {
                var taken = Math.Min(_credits[i].Left, owed);
                if (taken == 0)
                {
                    continue;
                }

                draws.Add(new CreditDraw(_credits[i].CreditId, taken));
                _credits[i] = (_credits[i].CreditId, _credits[i].Left - taken);
                owed -= taken;
            }

            _history.Append(_bankId, at, null, [new WorklogDebited(_bankId, _clientId, worklogId, requestId, agentId, category, workDate, minutes, billed, draws, 0, at, 1m, OverageRatePerHour)]);
        }

        private void Purchase(DateTimeOffset at)
        {
            var creditId = Guid.CreateVersion7(at);
            _credits.Add((creditId, BlockMinutes));
            _history.Append(
                _bankId,
                at,
                _accountManager,
                [new HourBlockPurchased(_bankId, _clientId, creditId, BlockMinutes, 900_000m, "GBP", _calendar.Today(at), null, _accountManager.PersonId, at)]);
        }
    }

    /// <summary>Keeps each stream's version and time span while a client's history is written.</summary>
    private sealed class Recorder
    {
        private readonly List<SeededEvent> _events = [];
        private readonly Dictionary<Guid, (Type Aggregate, long Version, DateTimeOffset Created, DateTimeOffset Last)> _streams = [];

        public void Start<TAggregate>(Guid streamId, DateTimeOffset at, Actor? actor, object first)
        {
            _streams.Add(streamId, (typeof(TAggregate), 0, at, at));
            Append(streamId, at, actor, [first]);
        }

        public TState Start<TState>(Guid streamId, DateTimeOffset at, Actor? actor, object first, Func<TState?, object, TState?> evolve)
            where TState : class
        {
            Start<TState>(streamId, at, actor, first);
            return WithVersion(evolve(null, first)!, 1);
        }

        public TState Decide<TState>(TState state, DateTimeOffset at, Actor? actor, IEnumerable<object> decided)
            where TState : class
        {
            var events = decided.ToList();
            var streamId = state switch
            {
                Request request => request.Id,
                SlaClock clock => clock.Id,
                _ => throw new ArgumentException($"No stream for {state.GetType().Name}"),
            };
            var version = Append(streamId, at, actor, events);
            var evolved = state switch
            {
                Request request => (TState)(object)events.Aggregate(request, (current, e) => Domain.Requests.Request.Evolve(current, e)!),
                SlaClock clock => (TState)(object)events.Aggregate(clock, (current, e) => SlaClock.Evolve(current, e)!),
                _ => state,
            };
            return WithVersion(evolved, version);
        }

        public long Append(Guid streamId, DateTimeOffset at, Actor? actor, IReadOnlyList<object> events)
        {
            var stream = _streams[streamId];
            foreach (var data in events)
            {
                stream.Version++;
                _events.Add(new SeededEvent(streamId, stream.Version, data, at, actor?.PersonId));
            }

            _streams[streamId] = stream with { Last = at };
            return stream.Version;
        }

        public ClientHistory Finish(IReadOnlyList<(Guid, long)> requests) => new(
            _events,
            [.. _streams.Select(stream => new SeededStream(stream.Key, stream.Value.Aggregate, stream.Value.Version, stream.Value.Created, stream.Value.Last))],
            requests);

        private static TState WithVersion<TState>(TState state, long version)
        {
            switch (state)
            {
                case Request request:
                    request.Version = (int)version;
                    break;
                case SlaClock clock:
                    clock.Version = (int)version;
                    break;
            }

            return state;
        }
    }
}
