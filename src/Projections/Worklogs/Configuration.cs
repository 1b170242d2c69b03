using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Worklogs;

public static class Configuration
{
    public static StoreOptions AddWorklogProjections(this StoreOptions options)
    {
        options.Projections.Add<WorklogViewProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<WorklogView>()
            .Index(worklog => worklog.RequestId)
            .Index(worklog => worklog.AgentId);
        return options;
    }
}
