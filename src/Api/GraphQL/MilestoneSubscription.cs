using Milestone.Api.Notifications;

namespace Milestone.Api.GraphQL;

/// <summary>Live updates, served over WebSocket with the graphql-transport-ws protocol.</summary>
public sealed class MilestoneSubscription : ObjectGraphType
{
    public MilestoneSubscription()
    {
        Name = "Subscription";
        this.AddRequestSubscriptions();
        this.AddMessageSubscriptions();
        this.AddNotificationSubscriptions();
    }
}
