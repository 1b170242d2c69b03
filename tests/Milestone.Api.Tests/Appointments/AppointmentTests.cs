using Milestone.Api.Tests.Sla;
using static Milestone.Api.Tests.Appointments.AppointmentScenes;

namespace Milestone.Api.Tests.Appointments;

/// <summary>
/// Appointments through the host, on the default SLA policy's London office hours (09:00–17:00 on weekdays): a client
/// asks for free slots, staff approve with a technician, and a technician is never booked twice for one time.
/// </summary>
[Collection(Collections.Sla)]
public sealed class AppointmentTests(SlaApp app)
{
    private const string Fields = "id reference status serviceName start end technicianId technicianName notes declineReason";

    private const string Slots = """
        query($clientId: ID, $serviceId: ID!, $date: DateOnly!, $technicianId: ID) {
          appointmentSlots(clientId: $clientId, serviceId: $serviceId, date: $date, technicianId: $technicianId) { start end technicians { id name } }
        }
        """;

    private const string Ask = $$"""
        mutation($input: RequestAppointmentInput!) { requestAppointment(input: $input) { {{Fields}} } }
        """;

    private const string Approve = $$"""
        mutation($appointmentId: ID!, $technicianId: ID!) { approveAppointment(appointmentId: $appointmentId, technicianId: $technicianId) { {{Fields}} } }
        """;

    [Fact]
    public async Task Two_overlapping_approvals_for_one_technician_at_once_leave_exactly_one_approved_and_its_time_leaves_the_free_slots()
    {
        var (admin, clientAdmin, technician, serviceId, day) = await SceneAsync("Busy Ltd");
        var colleague = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, clientAdmin.ClientId);
        var ten = London(day, 10, 0);
        var first = await AskAsync(clientAdmin, serviceId, ten);
        var second = await AskAsync(colleague, serviceId, ten.AddMinutes(30));

        var answers = await Task.WhenAll(new[] { first, second }.Select(appointmentId =>
            app.Host.GraphQLAsync(Approve, new { appointmentId, technicianId = technician.PersonId }, admin)));
        var slots = (await app.Host.GraphQLAsync(Slots, new { serviceId, date = day, technicianId = technician.PersonId }, clientAdmin)).Data("appointmentSlots");
        var statuses = await Task.WhenAll(new[] { first, second }.Select(async id =>
            (await app.Host.GraphQLAsync($"query($id: ID!) {{ appointment(id: $id) {{ {Fields} }} }}", new { id }, admin)).Data("appointment").GetProperty("status").GetString()));

        Assert.Equal(["APPROVED", "PENDING"], statuses.Order(StringComparer.Ordinal));
        Assert.Single(answers, answer => !answer.TryGetProperty("errors", out _));
        Assert.Equal("CONFLICT", answers.Single(answer => answer.TryGetProperty("errors", out _)).SingleError().Code());
        var starts = slots.EnumerateArray().Select(slot => slot.GetProperty("start").GetDateTimeOffset()).ToList();
        var booked = statuses[0] == "APPROVED" ? ten : ten.AddMinutes(30);
        Assert.DoesNotContain(starts, start => start > booked.AddMinutes(-90) && start < booked.AddMinutes(90));
        Assert.Equal(14 - 5, starts.Count);
    }

    [Fact]
    public async Task A_client_asks_at_a_free_slot_edits_it_staff_approve_move_and_the_client_cancels_giving_the_time_back()
    {
        var (admin, clientAdmin, technician, serviceId, day) = await SceneAsync("Visited Ltd");
        var outOfHours = await app.Host.GraphQLAsync(Ask, new { input = new { serviceId, start = London(day, 18, 0) } }, clientAdmin);
        var endOfTime = await app.Host.GraphQLAsync(Ask, new { input = new { serviceId, start = "9999-12-31T23:00:00Z" } }, clientAdmin);
        var slotsAtTheEnds = await Task.WhenAll(new[] { "9999-12-31", "0001-01-01" }.Select(date => app.Host.GraphQLAsync(Slots, new { serviceId, date }, clientAdmin)));
        var dayAtTheEnd = await app.Host.GraphQLAsync("{ technicianDay(technicianId: \"0193a1b2-0000-7000-8000-000000000001\", date: \"9999-12-31\") { id } }", signedIn: admin);
        var appointmentId = await AskAsync(clientAdmin, serviceId, London(day, 9, 0), notes: "Server room, second floor");

        var edited = (await app.Host.GraphQLAsync(
            $"mutation($id: ID!, $start: DateTimeOffset!) {{ editAppointment(appointmentId: $id, start: $start, notes: \"Server room, third floor\") {{ {Fields} }} }}",
            new { id = appointmentId, start = London(day, 11, 0) }, clientAdmin)).Data("editAppointment");
        var approved = (await app.Host.GraphQLAsync(Approve, new { appointmentId, technicianId = technician.PersonId }, admin)).Data("approveAppointment");
        var moved = (await app.Host.GraphQLAsync(
            $"mutation($id: ID!, $start: DateTimeOffset!) {{ rescheduleAppointment(appointmentId: $id, start: $start, reason: \"Engineer delayed\") {{ {Fields} }} }}",
            new { id = appointmentId, start = London(day, 14, 0) }, admin)).Data("rescheduleAppointment");
        var approvedMail = await app.Mail.WaitForAsync(mail => mail.To == clientAdmin.Email && mail.Subject == $"Appointment {approved.GetProperty("reference").GetString()} approved", Patience);
        var movedMail = await app.Mail.WaitForAsync(mail => mail.To == technician.Email && mail.Subject == $"Appointment {approved.GetProperty("reference").GetString()} moved", Patience);
        var upcoming = (await app.Host.GraphQLAsync($"{{ appointments(upcoming: true) {{ {Fields} }} }}", signedIn: clientAdmin)).Data("appointments");
        var dashboard = (await app.Host.GraphQLAsync("query($id: ID!) { clientDashboard(clientId: $id) { upcomingAppointments { id } } }", new { id = clientAdmin.ClientId }, clientAdmin))
            .Data("clientDashboard");
        var cancelled = (await app.Host.GraphQLAsync($"mutation($id: ID!) {{ cancelAppointment(appointmentId: $id, reason: \"Fixed it\") {{ {Fields} }} }}", new { id = appointmentId }, clientAdmin))
            .Data("cancelAppointment");
        var technicianDay = (await app.Host.GraphQLAsync(
            $"query($id: ID!, $date: DateOnly!) {{ technicianDay(technicianId: $id, date: $date) {{ {Fields} }} }}", new { id = technician.PersonId, date = day }, admin)).Data("technicianDay");

        Assert.Equal(("VALIDATION", "start"), (outOfHours.SingleError().Code(), outOfHours.SingleError().Extension("field")));
        Assert.Equal(("VALIDATION", "start"), (endOfTime.SingleError().Code(), endOfTime.SingleError().Extension("field")));
        Assert.All(slotsAtTheEnds, answer => Assert.Equal(("VALIDATION", "date"), (answer.SingleError().Code(), answer.SingleError().Extension("field"))));
        Assert.Equal("VALIDATION", dayAtTheEnd.SingleError().Code());
        Assert.Equal((London(day, 11, 0), "Server room, third floor"), (edited.GetProperty("start").GetDateTimeOffset(), edited.GetProperty("notes").GetString()));
        Assert.Equal(("APPROVED", "Test Agent"), (approved.GetProperty("status").GetString(), approved.GetProperty("technicianName").GetString()));
        Assert.Equal((London(day, 14, 0), London(day, 15, 30)), (moved.GetProperty("start").GetDateTimeOffset(), moved.GetProperty("end").GetDateTimeOffset()));
        Assert.Equal([appointmentId], upcoming.EnumerateArray().Select(appointment => appointment.GetProperty("id").GetString()));
        Assert.Equal([appointmentId], dashboard.GetProperty("upcomingAppointments").EnumerateArray().Select(appointment => appointment.GetProperty("id").GetString()));
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"On-site visit on {day.ToDateTime(new TimeOnly(11, 0)):ddd d MMM yyyy} 11:00–12:30 (Europe/London) with Test Agent."),
            approvedMail.TextBody,
            StringComparison.Ordinal);
        var invitation = approvedMail.Attachments["appointment.ics"];
        Assert.Contains($"UID:{appointmentId}@milestone\r\n", invitation, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{London(day, 11, 0).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n", invitation, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{London(day, 14, 0).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n", movedMail.Attachments["appointment.ics"], StringComparison.Ordinal);
        Assert.Contains("Engineer delayed", movedMail.TextBody, StringComparison.Ordinal);
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.Equal(0, technicianDay.GetArrayLength());
        Assert.StartsWith("APT-", cancelled.GetProperty("reference").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_clients_people_find_no_appointment_and_a_client_user_cannot_approve_their_own()
    {
        var (_, clientAdmin, technician, serviceId, day) = await SceneAsync("Private Ltd");
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Nosy Ltd");
        var appointmentId = await AskAsync(clientAdmin, serviceId, London(day, 9, 30));

        var read = await app.Host.GraphQLAsync($"query($id: ID!) {{ appointment(id: $id) {{ {Fields} }} }}", new { id = appointmentId }, outsider);
        var cancel = await app.Host.GraphQLAsync("mutation($id: ID!) { cancelAppointment(appointmentId: $id) { id } }", new { id = appointmentId }, outsider);
        var selfApproved = await app.Host.GraphQLAsync(Approve, new { appointmentId, technicianId = technician.PersonId }, clientAdmin);
        var theirList = (await app.Host.GraphQLAsync("{ appointments { id } }", signedIn: outsider)).Data("appointments");

        Assert.Equal(("NOT_FOUND", "NOT_FOUND", "FORBIDDEN"), (read.SingleError().Code(), cancel.SingleError().Code(), selfApproved.SingleError().Code()));
        Assert.Equal(0, theirList.GetArrayLength());
    }

    /// <summary>A client with its administrator, an agent to book, a 90-minute service, and a working day a few days ahead.</summary>
    private async Task<(SignedIn Admin, SignedIn ClientAdmin, SignedIn Technician, string ServiceId, DateOnly Day)> SceneAsync(string clientName)
    {
        await app.DefaultPolicyAsync();
        var admin = await app.SharedAdministratorAsync();
        var clientAdmin = await app.ClientUserAsync(Role.ClientAdmin, clientName);
        var technician = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var serviceId = (await app.Host.GraphQLAsync("mutation { defineAppointmentService(name: \"On-site visit\", durationMinutes: 90) { id } }", signedIn: admin))
            .Data("defineAppointmentService").GetProperty("id").GetString()!;
        return (admin, clientAdmin, technician, serviceId, app.WorkingDayAhead());
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private async Task<string> AskAsync(SignedIn asker, string serviceId, DateTimeOffset start, string? notes = null) =>
        (await app.Host.GraphQLAsync(Ask, new { input = new { serviceId, start, notes } }, asker)).Data("requestAppointment").GetProperty("id").GetString()!;
}
