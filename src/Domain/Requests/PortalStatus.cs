namespace Milestone.Domain.Requests;

/// <summary>
/// What the Client Portal shows: the guide's three plain statuses, plus "waiting on you" when the
/// team needs the client, and cancelled.
/// </summary>
public enum PortalStatus
{
    Submitted,
    InProgress,
    WaitingOnYou,
    Completed,
    Cancelled,
}

public static class PortalStatuses
{
    public static PortalStatus ForPortal(this RequestStatus status) => status switch
    {
        RequestStatus.Submitted => PortalStatus.Submitted,
        RequestStatus.WaitingOnClient => PortalStatus.WaitingOnYou,
        RequestStatus.Completed => PortalStatus.Completed,
        RequestStatus.Cancelled => PortalStatus.Cancelled,
        _ => PortalStatus.InProgress,
    };
}
