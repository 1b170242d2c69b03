namespace Milestone.Domain.Tests.Requests;

public sealed class PortalStatusTests
{
    [Theory]
    [InlineData(RequestStatus.Submitted, PortalStatus.Submitted)]
    [InlineData(RequestStatus.InProgress, PortalStatus.InProgress)]
    [InlineData(RequestStatus.WaitingOnClient, PortalStatus.WaitingOnYou)]
    [InlineData(RequestStatus.Completed, PortalStatus.Completed)]
    [InlineData(RequestStatus.Cancelled, PortalStatus.Cancelled)]
    public void Clients_see_plain_statuses(RequestStatus status, PortalStatus shown)
    {
        Assert.Equal(shown, status.ForPortal());
    }
}
