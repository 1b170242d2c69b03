using Milestone.Api.Identity;
using Milestone.Api.Organisations;
using Milestone.Api.People;
using Milestone.Api.Requests;
using Milestone.Api.Sla;
using Milestone.Domain.Requests;
using Milestone.Domain.Sla;

namespace Milestone.Host.Commands;

/// <summary>
/// A small MSP with three clients, made through the same commands the API sends, so the demo shows
/// exactly what real use would produce.
/// </summary>
public sealed class DemoData(IServiceProvider services)
{
    public const string StaffDomain = "@demo.milestone.test";
    public const string AdminEmail = "admin" + StaffDomain;
    public const string Password = "milestone demo password";

    private static readonly (string Email, string Name, Role Role)[] Staff =
    [
        (AdminEmail, "Ada Admin", Role.Admin),
        ("sam@demo.milestone.test", "Sam Agent", Role.Agent),
        ("tara@demo.milestone.test", "Tara Lead", Role.TeamLead),
        ("max@demo.milestone.test", "Max Accounts", Role.AccountManager),
        ("eve@demo.milestone.test", "Eve Executive", Role.Executive),
    ];

    private static readonly (string Name, string TimeZone, string Domain, string[] Requests)[] Clients =
    [
        ("Acme Corp", "Europe/London", "acme.test", ["Unable to access financial reports", "New starter laptop for Dana", "VPN drops every hour"]),
        ("Globex", "America/New_York", "globex.test", ["Backup job failed overnight", "Printer on floor 3 offline"]),
        ("Initech", "America/Chicago", "initech.test", ["TPS report template broken", "Renew SSL certificate", "Move mailbox to shared"]),
    ];

    private readonly IMessageBus _bus = services.GetRequiredService<IMessageBus>();
    private readonly TimeProvider _time = services.GetRequiredService<TimeProvider>();

    public static void PrintSignIns()
    {
        Console.WriteLine($"Every demo person signs in with the password \"{Password}\":");
        foreach (var (email, name, role) in Staff)
        {
            Console.WriteLine($"  {email,-32} {name} ({role})");
        }

        foreach (var (name, _, domain, _) in Clients)
        {
            Console.WriteLine($"  admin@{domain,-26} {name} client admin");
            Console.WriteLine($"  member@{domain,-25} {name} member");
        }
    }

    public async Task LoadAsync()
    {
        Actor? invitedBy = null;
        foreach (var (email, name, role) in Staff)
        {
            var personId = await JoinAsync(email, name, role, null, invitedBy);
            invitedBy ??= new Actor(personId, role, null);
        }

        var admin = invitedBy!;
        await DefineStandardSlaAsync(admin);
        var urgencies = Enum.GetValues<Urgency>();
        foreach (var (name, timeZone, domain, requests) in Clients)
        {
            var clientId = NewId();
            await _bus.InvokeAsync(new CreateClientOrganisation(clientId, name, timeZone, [name.Split(' ')[0] + " HQ"], admin));
            await JoinAsync($"admin@{domain}", $"{name} Admin", Role.ClientAdmin, clientId, admin);
            var member = await JoinAsync($"member@{domain}", $"{name} Member", Role.ClientMember, clientId, admin);
            for (var index = 0; index < requests.Length; index++)
            {
                await _bus.InvokeAsync(new SubmitRequest(NewId(), new Actor(member, Role.ClientMember, clientId), clientId, requests[index], $"Demo request {index + 1} from {name}.", urgencies[index % urgencies.Length]));
            }
        }
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

    private async Task<Guid> JoinAsync(string email, string name, Role role, Guid? clientId, Actor? invitedBy)
    {
        var invitation = new InvitePerson(invitedBy, NewId(), email, name, role, clientId);
        await _bus.InvokeAsync(invitation);
        await _bus.InvokeAsync(new AcceptInvitation(invitation.PersonId, invitation.InvitationId, Password));
        return invitation.PersonId;
    }

    private Guid NewId() => Guid.CreateVersion7(_time.GetUtcNow());
}
