namespace Milestone.Domain.Requests;

public enum RequestStatus
{
    Submitted,
    InProgress,
    WaitingOnClient,
    Completed,
    Cancelled,
}
