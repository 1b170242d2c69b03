namespace Milestone.Domain.Notifications;

/// <summary>What a notification tells its reader; each kind has its own e-mail preference.</summary>
public enum NotificationKind
{
    /// <summary>Staff replied publicly on a request the reader submitted or was shared.</summary>
    StaffReply,

    /// <summary>A client replied on a request assigned to the reader.</summary>
    ClientReply,

    /// <summary>A request the reader submitted or was shared moved to another status.</summary>
    StatusChanged,

    /// <summary>Someone else assigned a request to the reader.</summary>
    AssignedToYou,

    /// <summary>An SLA target of a client the reader works with passed its at-risk threshold.</summary>
    SlaAtRisk,

    /// <summary>An SLA target of a client the reader works with passed its due time.</summary>
    SlaBreached,

    /// <summary>The hour bank of the reader's client, or of a client they look after, ran low.</summary>
    LowBalance,

    /// <summary>A client asked for more hours on a bank the reader looks after.</summary>
    MoreHoursRequested,

    /// <summary>An invoice to the reader's client was issued.</summary>
    InvoiceIssued,

    /// <summary>An invoice of the reader's client, or of a client they look after, is past its due date and still owed.</summary>
    InvoiceOverdue,

    /// <summary>A month's close drafted an invoice for a client the reader looks after: it waits for review and issue.</summary>
    InvoiceDrafted,

    /// <summary>An appointment the reader asked for, or is to take, was approved.</summary>
    AppointmentApproved,

    /// <summary>An appointment the reader asked for was declined.</summary>
    AppointmentDeclined,

    /// <summary>An appointment the reader asked for, or is to take, was moved to another time.</summary>
    AppointmentRescheduled,
}
