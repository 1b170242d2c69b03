namespace Milestone.Api.KnowledgeBase;

/// <summary>Change who reads the article: every client, the clients named, or the staff only.</summary>
public sealed record ChangeArticleAudience(Guid ArticleId, ArticleAudience Audience, IReadOnlyList<Guid>? ClientIds, Actor Actor) : IActorCommand;

public static class ChangeArticleAudienceHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static async Task<Events> Handle(ChangeArticleAudience command, [WriteAggregate] Article article, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        if (article.IsVisibleTo(command.Actor))
        {
            await session.RequireClientsAsync(command.ClientIds, command.Actor, cancellation);
        }

        return [.. article.ChangeAudience(command.Audience, command.ClientIds, command.Actor, time.GetUtcNow())];
    }
}
