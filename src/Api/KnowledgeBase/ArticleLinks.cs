using GraphQL.DataLoader;

namespace Milestone.Api.KnowledgeBase;

/// <summary>The articles other objects name by id, loaded for a whole response at once.</summary>
public static class ArticleLinks
{
    /// <summary>The articles of these ids the caller may read, as they read them, in the order named.</summary>
    public static IDataLoaderResult<List<ArticleView>> Readable(IResolveFieldContext context, IReadOnlyList<Guid> articleIds)
    {
        var actor = context.Caller().AsActor();
        return BatchLoader<Guid, Article>.For(context, "articles", (ids, cancellation) => LoadAsync(context, ids, cancellation), article => article.Id)
            .Then(articleIds, found => articleIds
                .Select(id => found.GetValueOrDefault(id))
                .OfType<Article>()
                .Where(article => article.IsVisibleTo(actor))
                .Select(article => new ArticleView(article, article.ReadBy(actor)))
                .ToList());
    }

    private static async Task<IReadOnlyList<Article>> LoadAsync(IResolveFieldContext context, IReadOnlyCollection<Guid> ids, CancellationToken cancellation)
    {
        await using var session = context.OpenQuerySession();
        return [.. await session.LoadManyAsync<Article>(cancellation, ids)];
    }
}
