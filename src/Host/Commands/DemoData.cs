using Milestone.Api.HourBanks;
using Milestone.Api.Identity;
using Milestone.Domain.HourBanks;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;
using Milestone.Api.Organisations;
using Milestone.Api.People;
using Milestone.Api.Sla;
using Milestone.Api.Teams;
using Milestone.Host.Seeding;

namespace Milestone.Host.Commands;

/// <summary>
/// A small MSP with three clients and the last quarter of their work, made through the same commands the API
/// sends, on a <see cref="DemoClock"/> that walks through the quarter, so every dashboard, report and history
/// shows exactly what real use would have produced.
/// </summary>
public sealed class DemoData(IServiceProvider scope)
{
    public const string StaffDomain = "@demo.milestone.test";
    public const string AdminEmail = "admin" + StaffDomain;
    public const string Password = "milestone demo password";

    private static readonly (string Email, string Name, Role Role)[] Staff =
    [
        (AdminEmail, "Ada Admin", Role.Admin),
        ("sam@demo.milestone.test", "Sam Agent", Role.Agent),
        ("ravi@demo.milestone.test", "Ravi Agent", Role.Agent),
        ("tara@demo.milestone.test", "Tara Lead", Role.TeamLead),
        ("max@demo.milestone.test", "Max Accounts", Role.AccountManager),
        ("eve@demo.milestone.test", "Eve Executive", Role.Executive),
    ];

    private static readonly DemoClient[] Clients =
    [
        new("Acme Corp", "Europe/London", "acme.test", "GBP", DemoHours.BlocksAndATopUp),
        new("Globex", "America/New_York", "globex.test", "USD", DemoHours.MonthlyAllocation),
        new("Initech", "America/Chicago", "initech.test", "USD", DemoHours.OneBlock),
    ];

    private readonly IMessageBus _bus = scope.GetRequiredService<IMessageBus>();
    private readonly DemoClock _clock = scope.GetRequiredService<DemoClock>();

    public static void PrintSignIns()
    {
        Console.WriteLine($"Every demo person signs in with the password \"{Password}\":");
        foreach (var (email, name, role) in Staff)
        {
            Console.WriteLine($"  {email,-32} {name} ({role})");
        }

        foreach (var client in Clients)
        {
            Console.WriteLine($"  admin@{client.Domain,-26} {client.Name} client admin");
            Console.WriteLine($"  member@{client.Domain,-25} {client.Name} member");
        }
    }

    /// <summary>The MSP as it was set up a quarter ago, then the quarter's work up to now.</summary>
    public async Task LoadAsync()
    {
        var start = QuarterAgo(TimeProvider.System.GetUtcNow());
        _clock.Set(start);

        var people = new Dictionary<string, Actor>();
        Actor? invitedBy = null;
        foreach (var (email, name, role) in Staff)
        {
            var person = new Actor(await JoinAsync(email, name, role, null, invitedBy), role, null);
            people[email] = person;
            invitedBy ??= person;
        }

        var admin = people[AdminEmail];
        await DefineStandardSlaAsync(admin);
        var agents = Staff.Where(staff => staff.Role is Role.Agent or Role.TeamLead).Select(staff => people[staff.Email]).ToList();
        await FormServiceDeskAsync(admin, agents, people["tara@demo.milestone.test"]);

        var accountManager = people["max@demo.milestone.test"];
        var story = new DemoQuarter(_bus, _clock, scope.GetRequiredService<IDocumentStore>(), scope.GetRequiredService<CurrentTenant>().Id, agents);
        foreach (var client in Clients)
        {
            var clientId = NewId();
            await _bus.InvokeAsync(new CreateClientOrganisation(clientId, client.Name, client.TimeZone, [client.Name.Split(' ')[0] + " HQ"], admin));
            await JoinAsync($"admin@{client.Domain}", $"{client.Name} Admin", Role.ClientAdmin, clientId, admin);
            var member = new Actor(await JoinAsync($"member@{client.Domain}", $"{client.Name} Member", Role.ClientMember, clientId, admin), Role.ClientMember, clientId);
            await OpenHourBankAsync(client, clientId, accountManager, start);
            story.Tell(client, clientId, member, accountManager, start);
        }

        await story.PlayUntilNowAsync();
        _clock.Release();
    }

    /// <summary>Monday 07:00 UTC thirteen weeks before this week's Monday: a quarter of weekdays before today.</summary>
    private static DateTimeOffset QuarterAgo(DateTimeOffset now)
    {
        var today = now.UtcDateTime.Date;
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return new DateTimeOffset(thisMonday.AddDays(-7 * 13).AddHours(7), TimeSpan.Zero);
    }

    /// <summary>Office hours on weekdays in each client's own zone, and a default policy counting in them.</summary>
    private async Task DefineStandardSlaAsync(Actor admin)
    {
        var calendarId = NewId();
        List<WorkingPeriodInput> weekdays = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(day => new WorkingPeriodInput { Day = day, Start = "09:00", End = "17:00" })];
        await _bus.InvokeAsync(new DefineBusinessCalendar(
            calendarId, "Office hours", "Europe/London", AlwaysOpen: false, weekdays, [new HolidayInput { Date = "2026-12-25", Name = "Christmas Day", RecursYearly = true }], admin));
        SlaTargetsInput[] targets =
        [
            new() { Urgency = Urgency.Low, ResponseMinutes = 8 * 60, ResolutionMinutes = 40 * 60 },
            new() { Urgency = Urgency.Normal, ResponseMinutes = 4 * 60, ResolutionMinutes = 16 * 60 },
            new() { Urgency = Urgency.High, ResponseMinutes = 2 * 60, ResolutionMinutes = 8 * 60 },
            new() { Urgency = Urgency.Critical, ResponseMinutes = 30, ResolutionMinutes = 4 * 60 },
        ];
        await _bus.InvokeAsync(new DefineSlaPolicy(NewId(), IsDefault: true, "Standard", calendarId, TimeZoneSource.Client, 75, targets, admin));
    }

    private async Task FormServiceDeskAsync(Actor admin, IEnumerable<Actor> members, Actor lead)
    {
        var teamId = NewId();
        await _bus.InvokeAsync(new CreateTeam(teamId, "Service desk", admin));
        foreach (var member in members)
        {
            await _bus.InvokeAsync(new AddTeamMember(teamId, member.PersonId, admin));
        }

        await _bus.InvokeAsync(new ChooseTeamLead(teamId, lead.PersonId, admin));
    }

    /// <summary>
    /// Acme buys a block, a short-lived top-up that lapses half used, and more hours once the alert says it runs low;
    /// Globex has a monthly allocation that carries over; Initech one block.
    /// </summary>
    private async Task OpenHourBankAsync(DemoClient client, Guid clientId, Actor accountManager, DateTimeOffset start)
    {
        var terms = new HourBankTermsInput
        {
            BillingIncrementMinutes = 15,
            OverageRatePerHour = 95m,
            LowBalanceThreshold = new LowBalanceThresholdInput { Measure = LowBalanceMeasure.PercentOfLastCredit, Value = 20 },
        };
        await _bus.InvokeAsync(new OpenHourBank(clientId, client.Currency, terms, accountManager));
        var startDate = DateOnly.FromDateTime(start.UtcDateTime);
        switch (client.Hours)
        {
            case DemoHours.BlocksAndATopUp:
                await _bus.InvokeAsync(new PurchaseHourBlock(clientId, null, 16 * 60, 1_280m, client.Currency, startDate, null, null, accountManager));
                await _bus.InvokeAsync(new PurchaseHourBlock(clientId, null, 8 * 60, 640m, client.Currency, startDate, startDate.AddDays(13), null, accountManager));
                break;
            case DemoHours.MonthlyAllocation:
                await _bus.InvokeAsync(new ContractMonthlyAllocation(
                    clientId, null, 12 * 60, new DateOnly(startDate.Year, startDate.Month, 1), null, new RolloverInput { CarriesOver = true, CapMinutes = 6 * 60 }, 960m, null, accountManager));
                break;
            case DemoHours.OneBlock:
                await _bus.InvokeAsync(new PurchaseHourBlock(clientId, null, 40 * 60, 3_200m, client.Currency, startDate, null, null, accountManager));
                break;
        }
    }

    private async Task<Guid> JoinAsync(string email, string name, Role role, Guid? clientId, Actor? invitedBy)
    {
        var invitation = new InvitePerson(invitedBy, NewId(), email, name, role, clientId);
        await _bus.InvokeAsync(invitation);
        await _bus.InvokeAsync(new AcceptInvitation(invitation.PersonId, invitation.InvitationId, Password));
        return invitation.PersonId;
    }

    private Guid NewId() => Guid.CreateVersion7(_clock.GetUtcNow());
}

/// <summary>A demo client: its name, zone, the domain its people's addresses are at, and the currency it buys hours in.</summary>
public sealed record DemoClient(string Name, string TimeZone, string Domain, string Currency, DemoHours Hours);

/// <summary>How a demo client buys hours, so that the demo shows each kind of hour bank.</summary>
public enum DemoHours
{
    /// <summary>A block, a short-lived top-up that lapses half used, and more hours mid-quarter once the alert says it runs low.</summary>
    BlocksAndATopUp,

    /// <summary>A monthly allocation that carries over, up to a cap.</summary>
    MonthlyAllocation,

    /// <summary>One large block for the quarter.</summary>
    OneBlock,
}
