namespace Milestone.Api.KnowledgeBase;

/// <summary>Put the latest revision out for the article's audience.</summary>
public sealed record PublishArticle(Guid ArticleId, Actor Actor) : IActorCommand;

public static class PublishArticleHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(PublishArticle command, [WriteAggregate] Article article, TimeProvider time) => [.. article.Publish(command.Actor, time.GetUtcNow())];
}
