namespace Milestone.Api.KnowledgeBase;

/// <summary>Withdraw the article from its readers; publishing it again brings it back.</summary>
public sealed record ArchiveArticle(Guid ArticleId, Actor Actor) : IActorCommand;

public static class ArchiveArticleHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ArchiveArticle command, [WriteAggregate] Article article, TimeProvider time) => [.. article.Archive(command.Actor, time.GetUtcNow())];
}
