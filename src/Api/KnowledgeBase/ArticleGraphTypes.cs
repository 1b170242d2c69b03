namespace Milestone.Api.KnowledgeBase;

/// <summary>An article as one reader reads it: the revision they are shown, and the article for its standing and votes.</summary>
public sealed record ArticleView(Article Article, ArticleRevision Revision);

public sealed class ArticleStatusType() : EnumGraphType<ArticleStatus>(description: "DRAFT until first published; PUBLISHED; ARCHIVED (withdrawn, may be published again).");

public sealed class ArticleAudienceType() : EnumGraphType<ArticleAudience>(description: "Who reads the article once published: ALL_CLIENTS, CHOSEN_CLIENTS (clientIds), INTERNAL (staff only).");

public sealed class ArticleType : ObjectGraphType<ArticleView>
{
    public ArticleType()
    {
        Name = "Article";
        Description = "A knowledge-base article. Staff read its latest revision; everyone else the one published.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Article.Id);
        Field<NonNullGraphType<ArticleStatusType>>("status").Resolve(context => context.Source.Article.Status);
        Field<NonNullGraphType<ArticleAudienceType>>("audience").Resolve(context => context.Source.Article.Audience);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("clientIds").ListSize(10)
            .Description("The clients it is meant for (CHOSEN_CLIENTS) that the caller works with; null for client users.")
            .Resolve(context => context.Caller().AsActor() is { IsStaff: true } staff ? context.Source.Article.ClientIds.Where(staff.WorksWith).ToList() : null);
        Field<NonNullGraphType<IntGraphType>>("revision").Description("The number of the revision shown.").Resolve(context => context.Source.Revision.Number);
        Field<IntGraphType>("publishedRevision").Description("The revision readers see; null until first published.").Resolve(context => context.Source.Article.Published?.Number);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(context => context.Source.Revision.Title);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(context => context.Source.Revision.Category);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(context => context.Source.Revision.Tags);
        Field<NonNullGraphType<StringGraphType>>("body").Description("The Markdown as written.").Resolve(context => context.Source.Revision.Body);
        Field<NonNullGraphType<StringGraphType>>("html")
            .Description("The Markdown as sanitised HTML: raw HTML shows as text; no script, event handler or link other than http, https, mailto.")
            .Resolve(context => ArticleHtml.Render(context.Source.Revision.Body));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("revisedAt").Resolve(context => context.Source.Revision.At);
        Field<ListGraphType<NonNullGraphType<ArticleRevisionType>>>("revisions").ListSize(10)
            .Description("Every revision, oldest first, with who wrote it and when; staff only (null for client users).")
            .Resolve(context => context.Caller().IsStaff ? context.Source.Article.Revisions : null);
        Field<NonNullGraphType<IntGraphType>>("helpfulCount").Resolve(context => context.Source.Article.HelpfulCount);
        Field<NonNullGraphType<IntGraphType>>("notHelpfulCount").Resolve(context => context.Source.Article.NotHelpfulCount);
        Field<BooleanGraphType>("myRating").Description("Whether the caller said it helped; null if they have not said.")
            .Resolve(context => context.Source.Article.Ratings.TryGetValue(context.Caller().PersonId, out var helpful) ? helpful : null);
    }
}

public sealed class ArticleRevisionType : ObjectGraphType<ArticleRevision>
{
    public ArticleRevisionType()
    {
        Name = "ArticleRevision";
        Field(revision => revision.Number);
        Field(revision => revision.Title);
        Field(revision => revision.By, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("author").Resolve(context => context.Person(context.Source.By));
        Field(revision => revision.At);
    }
}

public sealed class ArticleHitType : ObjectGraphType<ArticleHit>
{
    public ArticleHitType()
    {
        Name = "ArticleHit";
        Description = "An article that matched, best first.";
        Field<NonNullGraphType<ArticleType>>("article").Resolve(context => new ArticleView(context.Source.Article, context.Source.Article.ReadBy(context.Caller().AsActor())));
        Field(hit => hit.Rank).Description("PostgreSQL's ts_rank: higher is better; titles weigh more than bodies.");
        Field(hit => hit.Snippet).Description("Up to two passages of the body, HTML-escaped, the matched words in <mark>…</mark>.");
    }
}

public sealed class DraftArticleInputType : InputObjectGraphType
{
    public DraftArticleInputType()
    {
        Name = "DraftArticleInput";
        Field<NonNullGraphType<StringGraphType>>("title").Description($"At most {Article.TitleMaxLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("category");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description($"At most {Article.MaxTags}; kept in lower case.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("Markdown (CommonMark with pipe tables); raw HTML shows as text.");
        Field<NonNullGraphType<ArticleAudienceType>>("audience");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("clientIds").Description("For CHOSEN_CLIENTS: the clients who read it.");
    }
}
