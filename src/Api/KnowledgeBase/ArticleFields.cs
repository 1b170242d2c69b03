namespace Milestone.Api.KnowledgeBase;

/// <summary>The knowledge base (issue #26): articles, their search, suggestions while a client writes a request, and votes.</summary>
public static class ArticleFields
{
    public const int MaxListed = 200;
    public const int MaxSuggestions = 5;

    public static void AddArticleQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles").ListSize(20)
            .Description($"The articles the caller may read, by category and title, optionally of one category or status (staff). At most {MaxListed}.")
            .Argument<StringGraphType>("category")
            .Argument<ArticleStatusType>("status")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller().AsActor();
                var category = context.GetArgument<string?>("category")?.Trim();
                var status = context.GetArgument<ArticleStatus?>("status");
                await using var session = context.OpenQuerySession();
                var articles = await session.Query<Article>().ToListAsync(context.CancellationToken);
                return articles
                    .Where(article => article.IsVisibleTo(actor) && (status is null || article.Status == status))
                    .Select(article => new ArticleView(article, article.ReadBy(actor)))
                    .Where(view => category is null || string.Equals(view.Revision.Category, category, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(view => view.Revision.Category, StringComparer.OrdinalIgnoreCase).ThenBy(view => view.Revision.Title, StringComparer.OrdinalIgnoreCase)
                    .Take(MaxListed)
                    .ToList();
            });

        query.Field<ArticleType>("article")
            .Description("One article, as the caller reads it, or one earlier revision of it (client users: only revisions published so far). NOT_FOUND otherwise.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("revision")
            .ResolveAsync(async context =>
            {
                var actor = context.Caller().AsActor();
                var article = context.GuidArgument("id") is { } id ? await context.LoadAsync<Article>(id) : null;
                if (article is null || !article.IsVisibleTo(actor))
                {
                    throw Article.NoSuchArticle();
                }

                return context.GetArgument<int?>("revision") is { } number
                    ? new ArticleView(article, article.Revision(number, actor) ?? throw new CommandRejected(Rejection.NotFound, "The article has no such revision.", "revision"))
                    : new ArticleView(article, article.ReadBy(actor));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleHitType>>>>("searchArticles").ListSize(20)
            .Description("Full-text search of the articles the caller may read, best first, with highlighted snippets (websearch syntax: words, \"phrases\", -not, or).")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int>("first");
                if (first is < 1 or > 50)
                {
                    throw Refusals.Invalid("first", "first must be between 1 and 50.");
                }

                var text = context.GetArgument<string>("query");
                if (text.Length > ArticleSearch.MaxQueryLength)
                {
                    throw Refusals.Invalid("query", $"Search for at most {ArticleSearch.MaxQueryLength} characters.");
                }

                return await SearchAsync(context, text, publishedOnly: false, first);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleHitType>>>>("suggestArticles").ListSize(MaxSuggestions)
            .Description($"While a request is being written: the published articles, at most {MaxSuggestions}, that best match its title and description.")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<StringGraphType>("description")
            .ResolveAsync(async context =>
            {
                // Any of the draft's words may match; the ranking puts the articles with most of them first.
                var words = $"{context.GetArgument<string>("title")} {context.GetArgument<string?>("description")}"
                    .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => new string([.. word.Where(char.IsLetterOrDigit)]))
                    .Where(word => word.Length is > 1 and <= 50)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .Take(50);
                return await SearchAsync(context, string.Join(" or ", words), publishedOnly: true, MaxSuggestions);
            });
    }

    public static void AddArticleMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ArticleType>>("draftArticle")
            .Description("Start an article as a DRAFT. Delivery staff.")
            .Argument<NonNullGraphType<DraftArticleInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((DraftArticle command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("reviseArticle")
            .Description("Write a new revision; readers keep the published one until it is published again. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .Argument<NonNullGraphType<StringGraphType>>("title")
            .Argument<NonNullGraphType<StringGraphType>>("category")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("tags")
            .Argument<NonNullGraphType<StringGraphType>>("body")
            .ResolveAsync(context => context.ChangedAsync((ReviseArticle command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("changeArticleAudience")
            .Description("Who reads the article: ALL_CLIENTS, CHOSEN_CLIENTS (name clientIds) or INTERNAL. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .Argument<NonNullGraphType<ArticleAudienceType>>("audience")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("clientIds")
            .ResolveAsync(context => context.ChangedAsync((ChangeArticleAudience command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("publishArticle")
            .Description("Put the latest revision out for the article's audience. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .ResolveAsync(context => context.ChangedAsync((PublishArticle command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("archiveArticle")
            .Description("Withdraw the article from its readers. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .ResolveAsync(context => context.ChangedAsync((ArchiveArticle command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("rateArticle")
            .Description("Say whether a published article helped; saying it again replaces the earlier answer.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .Argument<NonNullGraphType<BooleanGraphType>>("helpful")
            .ResolveAsync(context => context.ChangedAsync((RateArticle command) => ChangedAsync(context, command.ArticleId)));
        mutation.Field<NonNullGraphType<ArticleType>>("markArticleAnswered")
            .Description("A suggested article answered the client's question, so they did not submit the request they were writing (the deflection rate "
                + "counts it; a request submitted after suggestions names them in suggestedArticleIds instead). Client users; once per person and article.")
            .Argument<NonNullGraphType<IdGraphType>>("articleId")
            .ResolveAsync(context => context.ChangedAsync((MarkArticleAnswered command) => ChangedAsync(context, command.ArticleId)));
    }

    private static async Task<IReadOnlyList<ArticleHit>> SearchAsync(IResolveFieldContext context, string text, bool publishedOnly, int first)
    {
        await using var session = context.OpenQuerySession();
        return await session.SearchAsync(
            text, context.Caller().AsActor(), context.Service<IOptions<KnowledgeBaseSettings>>().Value.SearchLanguage, publishedOnly, first, context.CancellationToken);
    }

    /// <summary>The article as the command left it, as the caller reads it.</summary>
    private static async Task<ArticleView> ChangedAsync(IResolveFieldContext context, Guid articleId)
    {
        var article = (await context.LoadAsync<Article>(articleId))!;
        return new ArticleView(article, article.ReadBy(context.Caller().AsActor()));
    }
}
