namespace Milestone.Api.KnowledgeBase;

/// <summary>A reader says whether the article helped.</summary>
public sealed record RateArticle(Guid ArticleId, bool Helpful, Actor Actor) : IActorCommand;

public static class RateArticleHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(RateArticle command, [WriteAggregate] Article article, TimeProvider time) => [.. article.Rate(command.Helpful, command.Actor, time.GetUtcNow())];
}
