namespace Milestone.Api.KnowledgeBase;

/// <summary>Name a knowledge-base article as what solved the request; the client's people then read it from the request.</summary>
public sealed record LinkSolvingArticle(Guid RequestId, [Name("version")] int SeenVersion, Guid ArticleId, Actor Actor) : IRequestChange;

public static class LinkSolvingArticleHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Task<Article?> LoadAsync(LinkSolvingArticle command, IQuerySession session, CancellationToken cancellation) =>
        session.LoadAsync<Article>(command.ArticleId, cancellation);

    public static Events Handle(LinkSolvingArticle command, [WriteAggregate] Request request, Article? article, TimeProvider time) =>
        [.. request.UpToDateFor(command.Actor, command.SeenVersion).LinkSolvingArticle(command.Actor, article, time.GetUtcNow())];
}
