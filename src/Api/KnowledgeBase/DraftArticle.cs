namespace Milestone.Api.KnowledgeBase;

/// <summary>Start an article as a draft: its text in Markdown, and who will read it once it is published.</summary>
public sealed record DraftArticle(
    [NewId] Guid ArticleId, string Title, string Category, IReadOnlyList<string>? Tags, string Body, ArticleAudience Audience, IReadOnlyList<Guid>? ClientIds, Actor Actor)
    : IActorCommand;

public static class DraftArticleHandler
{
    public static async Task<IStartStream> Handle(DraftArticle command, IQuerySession session, TimeProvider time, CancellationToken cancellation)
    {
        await session.RequireClientsAsync(command.ClientIds, command.Actor, cancellation);
        return MartenOps.StartStream<Article>(
            command.ArticleId,
            Article.Draft(command.ArticleId, command.Title, command.Category, command.Tags, command.Body, command.Audience, command.ClientIds, command.Actor, time.GetUtcNow()));
    }
}
