using Milestone.Domain.KnowledgeBase;

namespace Milestone.Domain.Requests;

/// <summary>Knowledge-base articles that solved a request ("solved by"), which its client's people can then read from it.</summary>
public sealed partial record Request
{
    public const int MaxSolvingArticles = 10;

    public ImmutableList<Guid> SolvingArticles { get; init; } = [];

    /// <summary>Delivery staff name an article published for this request's client; naming it again changes nothing.</summary>
    public IEnumerable<object> LinkSolvingArticle(Actor actor, Article? article, DateTimeOffset now)
    {
        RequireVisibleTo(actor);
        RequireOperationalStaff(actor, "link articles to requests");
        if (article is null || !article.IsVisibleTo(actor))
        {
            throw Article.NoSuchArticle();
        }

        if (SolvingArticles.Contains(article.Id))
        {
            return [];
        }

        if (!article.IsVisibleTo(new Actor(SubmittedBy, Role.ClientMember, ClientId)))
        {
            throw new CommandRejected(Rejection.Conflict, "The article is not published for this request's client.", "articleId");
        }

        return SolvingArticles.Count < MaxSolvingArticles
            ? [new RequestSolvedByArticle(Id, ClientId, article.Id, actor.PersonId, now, actor.Source)]
            : throw new CommandRejected(Rejection.Invalid, $"A request names at most {MaxSolvingArticles} articles.", "articleId");
    }

    private Request EvolveSolvingArticles(object @event) => @event switch
    {
        RequestSolvedByArticle solved => this with { SolvingArticles = SolvingArticles.Add(solved.ArticleId) },
        _ => this,
    };
}
