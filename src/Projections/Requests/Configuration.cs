using JasperFx.Events.Projections;
using Marten;

namespace Milestone.Projections.Requests;

public static class Configuration
{
    public static StoreOptions AddRequestProjections(this StoreOptions options)
    {
        options.Projections.Add(new RequestStateProjection(), ProjectionLifecycle.Live);
        options.Projections.Add<RequestDetailsProjection>(ProjectionLifecycle.Inline);
        options.Schema.For<RequestDetails>()
            .Index(request => request.ClientId)
            .Index(request => request.AssigneeId)
            .Duplicate(request => request.LastChangedAt)
            .Duplicate(request => request.UrgencyRank)
            .FullTextIndex(request => request.Title, request => request.Description);
        return options;
    }
}
