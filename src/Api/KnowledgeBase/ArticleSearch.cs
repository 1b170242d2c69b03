namespace Milestone.Api.KnowledgeBase;

/// <summary>An article that matched a search, how well, and where: a snippet of its text with the matches in &lt;mark&gt;.</summary>
public sealed record ArticleMatch(Guid ArticleId, double Rank, string Snippet);

public sealed record ArticleHit(Article Article, double Rank, string Snippet);

/// <summary>
/// PostgreSQL full-text search over the articles, in the configured language: titles weigh more than bodies. Staff search
/// the latest revision of every article; everyone else the published revision, and only of the articles they may see.
/// The snippet is made from the body with its HTML escaped first, so the only markup in it is the highlighting.
/// </summary>
public static class ArticleSearch
{
    public const int MaxQueryLength = 500;

    private const string Sql = $"""
        with searched as (select websearch_to_tsquery(?::regconfig, ?) as query),
        texts as (
          select d.id, case when ? then d.data->'revisions'->-1 else d.data->'published' end as revision
          from {Milestone.Projections.Storage.SchemaName}.mt_doc_article d
        ),
        documents as (
          select id, revision,
                 setweight(to_tsvector(?::regconfig, coalesce(revision->>'title', '')), 'A')
                 || setweight(to_tsvector(?::regconfig, coalesce(revision->>'body', '')), 'B') as document
          from texts where revision is not null
        ),
        matched as (
          select id, revision, ts_rank(document, searched.query) as rank
          from documents, searched
          where document @@ searched.query
        )
        select jsonb_build_object(
          'articleId', matched.id,
          'rank', matched.rank,
          'snippet', ts_headline(?::regconfig,
            replace(replace(replace(revision->>'body', '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
            searched.query, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10'))
        from matched, searched
        order by matched.rank desc, matched.id
        """;

    public static async Task<IReadOnlyList<ArticleHit>> SearchAsync(
        this IQuerySession session, string text, Actor actor, string language, bool publishedOnly, int first, CancellationToken cancellation)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        var matches = await session.AdvancedSql.QueryAsync<ArticleMatch>(Sql, cancellation, language, query, actor.IsStaff && !publishedOnly, language, language, language);
        var articles = (await session.LoadManyAsync<Article>(cancellation, matches.Select(match => match.ArticleId))).ToDictionary(article => article.Id);
        return [.. matches
            .Where(match => articles.TryGetValue(match.ArticleId, out var article) && article.IsVisibleTo(actor) && (!publishedOnly || article.Status == ArticleStatus.Published))
            .Take(first)
            .Select(match => new ArticleHit(articles[match.ArticleId], match.Rank, match.Snippet))];
    }
}
