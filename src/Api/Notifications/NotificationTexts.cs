using NodaTime;

namespace Milestone.Api.Notifications;

/// <summary>What a notification says, in the bell and in the e-mail: a title that stands alone and a short body.</summary>
public static class NotificationTexts
{
    public const int ExcerptLength = 280;

    public static (string Title, string Body) OfMessage(NotificationKind kind, RequestDetails request, string authorName, string body) => (
        kind == NotificationKind.StaffReply ? $"New reply on “{request.Title}”" : $"The client replied on “{request.Title}”",
        $"{authorName}: {Excerpt(body)}");

    public static (string Title, string Body) OfStatusChange(RequestDetails request, RequestStatus status, string? reason) => (
        $"“{request.Title}” is now {Described(status.ForPortal())}",
        reason is { Length: > 0 } ? Excerpt(reason) : $"Request {request.Title} moved to {Described(status.ForPortal())}.");

    public static (string Title, string Body) OfAssignment(RequestDetails request, string clientName, string assignerName) => (
        $"“{request.Title}” was assigned to you",
        $"{assignerName} gave you {clientName}'s request ({request.Urgency.ToString().ToLowerInvariant()} urgency).");

    public static (string Title, string Body) OfSlaTarget(NotificationKind kind, RequestDetails request, string clientName, SlaTargetKind target, DateTimeOffset? dueAt) => (
        kind == NotificationKind.SlaBreached
            ? $"{Named(target)} target breached: “{request.Title}”"
            : $"{Named(target)} target at risk: “{request.Title}”",
        kind == NotificationKind.SlaBreached
            ? $"{clientName}'s request is past its {Named(target).ToLowerInvariant()} target."
            : $"{clientName}'s request is due by {dueAt:yyyy-MM-dd HH:mm} UTC for its {Named(target).ToLowerInvariant()} target.");

    private static string Named(SlaTargetKind target) => target switch
    {
        SlaTargetKind.NextReply => "Next reply",
        SlaTargetKind.PeriodicUpdate => "Periodic update",
        _ => target.ToString(),
    };

    public static (string Title, string Body) OfLowBalance(string clientName, int balanceMinutes, int thresholdMinutes) => (
        $"Hour bank running low: {clientName}",
        $"{clientName}'s hour bank is down to {Hours(balanceMinutes)}, at or below its low-balance threshold of {Hours(thresholdMinutes)}. "
            + "Time logged beyond the balance is billed as overage. To top it up, buy a block of hours or ask your account manager.");

    public static (string Title, string Body) OfMoreHoursRequested(string clientName, string askerName, int minutes, string note) => (
        $"More hours requested: {clientName}",
        $"{askerName} asked for {Hours(minutes)} more on {clientName}'s hour bank. "
            + (note.Length > 0 ? $"Their note: {Excerpt(note)} " : "They left no note. ")
            + "Nothing has been credited yet: record a purchase or an adjustment once it is agreed.");

    public static (string Title, string Body) OfInvoiceIssued(string number, string clientName, decimal total, string currency, DateOnly dueOn) => (
        $"Invoice {number} issued: {Money(total)} {currency}",
        $"{clientName}'s invoice {number} for {Money(total)} {currency} is due on {dueOn:yyyy-MM-dd}.");

    public static (string Title, string Body) OfInvoiceOverdue(string number, string clientName, decimal outstanding, string currency, DateOnly dueOn) => (
        $"Invoice {number} is overdue",
        $"{clientName}'s invoice {number} was due on {dueOn:yyyy-MM-dd}; {Money(outstanding)} {currency} is still owed.");

    public static (string Title, string Body) OfInvoiceDrafted(string clientName, DateOnly month, decimal subtotal, string currency, int lines) => (
        $"{clientName}'s invoice for {month:MMMM yyyy} is ready to review",
        $"The month's close drafted {lines} line(s), {Money(subtotal)} {currency} before tax; review and issue it.");

    public static (string Title, string Body) OfAppointment(NotificationKind kind, Appointment appointment, string timeZone, string? technicianName, string? reason)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        var start = Instant.FromDateTimeOffset(appointment.Start).InZone(zone);
        var end = Instant.FromDateTimeOffset(appointment.End).InZone(zone);
        var when = $"{start.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)} ({zone.Id})";
        var with = technicianName is null ? "" : $" with {technicianName}";
        return kind switch
        {
            NotificationKind.AppointmentApproved => ($"Appointment {appointment.Reference} approved", $"{appointment.ServiceName} on {when}{with}."),
            NotificationKind.AppointmentDeclined => ($"Appointment {appointment.Reference} declined", $"{appointment.ServiceName} on {when} was declined: {reason}"),
            _ => ($"Appointment {appointment.Reference} moved", $"{appointment.ServiceName} is now on {when}{with}: {reason}"),
        };
    }

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Described(PortalStatus status) => status switch
    {
        PortalStatus.InProgress => "in progress",
        PortalStatus.WaitingOnYou => "waiting on you",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static string Excerpt(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ExcerptLength ? flat : $"{flat[..(ExcerptLength - 1)]}…";
    }

    private static string Hours(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{(minutes < 0 ? "-" : string.Empty)}{Math.Abs(minutes) / 60}h {Math.Abs(minutes) % 60:00}m");
}
