using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Messages;

public static class Configuration
{
    public static StoreOptions AddMessageProjections(this StoreOptions options)
    {
        options.Projections.Add<MessageViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<MessageView>().Index(message => message.RequestId);
        return options;
    }
}
