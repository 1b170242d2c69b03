namespace Milestone.Domain.Notifications;

/// <summary>Someone who may be told about a client's affairs: an active person and what they work with.</summary>
public sealed record Recipient(Guid PersonId, Role Role, Guid? ClientId, IReadOnlyList<Guid>? ClientScope)
{
    public bool WorksWith(Guid clientId) => Role.IsStaff() ? ClientScope is null || ClientScope.Contains(clientId) : ClientId == clientId;
}

/// <summary>The people a request concerns, as they stand when an event of it is followed.</summary>
public sealed record RequestParties(Guid RequestId, Guid ClientId, Guid SubmittedBy, IReadOnlyList<Guid> SharedWith, Guid? AssigneeId)
{
    /// <summary>The client's side of the request: who submitted it and who it was shared with.</summary>
    public IEnumerable<Guid> ClientSide => SharedWith.Prepend(SubmittedBy).Distinct();
}

/// <summary>One person to tell, and what about.</summary>
public sealed record Notice(Guid PersonId, NotificationKind Kind);

/// <summary>
/// Who hears of what. Nobody is told of their own doing, internal notes tell no one on the client's side, and a
/// client's affairs reach only staff who work with that client and that client's own people.
/// </summary>
public static class NotificationAudience
{
    public static IEnumerable<Notice> OfMessage(MessagePosted posted, RequestParties request)
    {
        if (posted.Internal)
        {
            return [];
        }

        var readers = posted.ByStaff
            ? request.ClientSide.Select(person => new Notice(person, NotificationKind.StaffReply))
            : request.AssigneeId is { } assignee ? [new Notice(assignee, NotificationKind.ClientReply)] : [];
        return readers.Where(notice => notice.PersonId != posted.AuthorId);
    }

    public static IEnumerable<Notice> OfStatusChange(Guid by, RequestParties request) =>
        request.ClientSide.Where(person => person != by).Select(person => new Notice(person, NotificationKind.StatusChanged));

    public static IEnumerable<Notice> OfAssignment(RequestAssigned assigned) =>
        assigned.AssignedBy == assigned.AssigneeId ? [] : [new Notice(assigned.AssigneeId, NotificationKind.AssignedToYou)];

    /// <summary>The staff who do a client's work or look after its account: agents, team leads and account managers.</summary>
    public static IEnumerable<Notice> OfSlaTarget(NotificationKind kind, Guid clientId, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role is Role.Agent or Role.TeamLead or Role.AccountManager && person.WorksWith(clientId))
            .Select(person => new Notice(person.PersonId, kind));

    /// <summary>The client's administrators, and the MSP's administrators and account managers who look after the client.</summary>
    public static IEnumerable<Notice> OfLowBalance(Guid clientId, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role is Role.ClientAdmin or Role.Admin or Role.AccountManager && person.WorksWith(clientId))
            .Select(person => new Notice(person.PersonId, NotificationKind.LowBalance));

    /// <summary>A task for the MSP's administrators and the account managers who look after the client.</summary>
    public static IEnumerable<Notice> OfMoreHoursRequested(Guid clientId, Guid by, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role is Role.Admin or Role.AccountManager && person.WorksWith(clientId) && person.PersonId != by)
            .Select(person => new Notice(person.PersonId, NotificationKind.MoreHoursRequested));

    /// <summary>The client's administrators, who pay it.</summary>
    public static IEnumerable<Notice> OfInvoiceIssued(Guid clientId, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role == Role.ClientAdmin && person.ClientId == clientId).Select(person => new Notice(person.PersonId, NotificationKind.InvoiceIssued));

    /// <summary>Who asked for the appointment and, once one is named, its technician; not whoever made the change.</summary>
    public static IEnumerable<Notice> OfAppointment(NotificationKind kind, Guid by, Guid requestedBy, Guid? technicianId) =>
        new[] { requestedBy }.Concat(technicianId is { } technician ? [technician] : []).Where(person => person != by).Distinct().Select(person => new Notice(person, kind));

    /// <summary>The MSP's administrators and the account managers who look after the client, who review and issue it; not whoever closed the month.</summary>
    public static IEnumerable<Notice> OfInvoiceDrafted(Guid closedBy, Guid clientId, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role is Role.Admin or Role.AccountManager && person.WorksWith(clientId) && person.PersonId != closedBy)
            .Select(person => new Notice(person.PersonId, NotificationKind.InvoiceDrafted));

    /// <summary>The client's administrators, and the MSP's administrators and account managers who look after the client.</summary>
    public static IEnumerable<Notice> OfInvoiceOverdue(Guid clientId, IEnumerable<Recipient> people) =>
        people.Where(person => person.Role is Role.ClientAdmin or Role.Admin or Role.AccountManager && person.WorksWith(clientId))
            .Select(person => new Notice(person.PersonId, NotificationKind.InvoiceOverdue));
}
