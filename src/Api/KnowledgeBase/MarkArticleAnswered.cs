namespace Milestone.Api.KnowledgeBase;

/// <summary>The suggested article answered the client's question; they did not submit the request they were writing.</summary>
public sealed record MarkArticleAnswered(Guid ArticleId, Actor Actor) : IActorCommand;

public static class MarkArticleAnsweredHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(MarkArticleAnswered command, [WriteAggregate] Article article, TimeProvider time) => [.. article.MarkAnswered(command.Actor, time.GetUtcNow())];
}
