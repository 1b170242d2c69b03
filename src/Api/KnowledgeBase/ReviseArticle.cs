namespace Milestone.Api.KnowledgeBase;

/// <summary>Write a new revision of the text; readers keep the published one until it is published again.</summary>
public sealed record ReviseArticle(Guid ArticleId, string Title, string Category, IReadOnlyList<string>? Tags, string Body, Actor Actor) : IActorCommand;

public static class ReviseArticleHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(ReviseArticle command, [WriteAggregate] Article article, TimeProvider time) =>
        [.. article.Revise(command.Title, command.Category, command.Tags, command.Body, command.Actor, time.GetUtcNow())];
}
