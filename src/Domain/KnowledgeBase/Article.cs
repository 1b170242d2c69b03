namespace Milestone.Domain.KnowledgeBase;

public enum ArticleStatus
{
    Draft,
    Published,
    Archived,
}

/// <summary>Who reads a published article: every client's people, the named clients' people, or the staff only.</summary>
public enum ArticleAudience
{
    AllClients,
    ChosenClients,
    Internal,
}

/// <summary>One revision of an article's text, with who wrote it and when.</summary>
public sealed record ArticleRevision(int Number, string Title, string Category, IReadOnlyList<string> Tags, string Body, Guid By, DateTimeOffset At);

/// <summary>
/// One knowledge-base article, one stream: written by staff in Markdown, revised (every revision kept), published to
/// an audience, archived. Readers see the revision that was published; staff see the latest, drafts included.
/// </summary>
public sealed record Article(Guid Id, ArticleStatus Status, ArticleAudience Audience, IReadOnlyList<Guid> ClientIds)
{
    public const int TitleMaxLength = 200;
    public const int CategoryMaxLength = 100;
    public const int BodyMaxLength = 100_000;
    public const int MaxTags = 20;
    public const int TagMaxLength = 50;
    public const int MaxClients = 500;

    public ImmutableList<ArticleRevision> Revisions { get; init; } = [];

    /// <summary>The revision readers see; null until first published.</summary>
    public ArticleRevision? Published { get; init; }

    /// <summary>Every revision that was ever published: the only ones readers may look back at.</summary>
    public ImmutableSortedSet<int> PublishedRevisions { get; init; } = [];

    public ImmutableDictionary<Guid, bool> Ratings { get; init; } = ImmutableDictionary<Guid, bool>.Empty;

    /// <summary>The people whose question the article answered instead of a request.</summary>
    public ImmutableHashSet<Guid> AnsweredFor { get; init; } = [];

    public int Version { get; set; }

    public ArticleRevision Latest => Revisions[^1];

    public int HelpfulCount => Ratings.Values.Count(helpful => helpful);

    public int NotHelpfulCount => Ratings.Values.Count(helpful => !helpful);

    public static Article? Evolve(Article? state, object @event) => @event switch
    {
        ArticleDrafted drafted => new Article(drafted.ArticleId, ArticleStatus.Draft, drafted.Audience, drafted.ClientIds)
        {
            Revisions = [new ArticleRevision(1, drafted.Title, drafted.Category, drafted.Tags, drafted.Body, drafted.DraftedBy, drafted.DraftedAt)],
        },
        ArticleRevised revised => state! with
        {
            Revisions = state.Revisions.Add(new ArticleRevision(revised.Revision, revised.Title, revised.Category, revised.Tags, revised.Body, revised.RevisedBy, revised.RevisedAt)),
        },
        ArticleAudienceChanged changed => state! with { Audience = changed.Audience, ClientIds = changed.ClientIds },
        ArticlePublished published => state! with
        {
            Status = ArticleStatus.Published,
            Published = state.Revisions.Single(revision => revision.Number == published.Revision),
            PublishedRevisions = state.PublishedRevisions.Add(published.Revision),
        },
        ArticleArchived => state! with { Status = ArticleStatus.Archived },
        ArticleRated rated => state! with { Ratings = state.Ratings.SetItem(rated.PersonId, rated.Helpful) },
        ArticleAnsweredQuestion answered => state! with { AnsweredFor = state.AnsweredFor.Add(answered.PersonId) },
        _ => state,
    };

    /// <summary>
    /// Staff see every article but those meant only for clients they do not work with; a client's people see published
    /// ones meant for every client or for theirs.
    /// </summary>
    public bool IsVisibleTo(Actor actor) =>
        actor.IsStaff
            ? Audience != ArticleAudience.ChosenClients || ClientIds.Any(actor.WorksWith)
            : Status == ArticleStatus.Published && actor.ClientId is { } clientId
                && (Audience == ArticleAudience.AllClients || (Audience == ArticleAudience.ChosenClients && ClientIds.Contains(clientId)));

    /// <summary>The revision the actor reads: the latest for staff, the published one for everyone else.</summary>
    public ArticleRevision ReadBy(Actor actor) => actor.IsStaff ? Latest : Published ?? Latest;

    public static ArticleDrafted Draft(
        Guid articleId, string title, string category, IReadOnlyList<string>? tags, string body, ArticleAudience audience, IReadOnlyList<Guid>? clientIds, Actor actor, DateTimeOffset now)
    {
        RequireWriter(actor);
        var text = Valid(title, category, tags, body);
        return new ArticleDrafted(articleId, text.Title, text.Category, text.Tags, text.Body, audience, ValidAudience(audience, clientIds), actor.PersonId, now);
    }

    /// <summary>A new revision, unless the text is what the latest says already.</summary>
    public IEnumerable<object> Revise(string title, string category, IReadOnlyList<string>? tags, string body, Actor actor, DateTimeOffset now)
    {
        RequireEditable(actor);
        var text = Valid(title, category, tags, body);
        var latest = Latest;
        return (text.Title, text.Category, text.Body) == (latest.Title, latest.Category, latest.Body) && text.Tags.SequenceEqual(latest.Tags)
            ? []
            : [new ArticleRevised(Id, latest.Number + 1, text.Title, text.Category, text.Tags, text.Body, actor.PersonId, now)];
    }

    public IEnumerable<object> ChangeAudience(ArticleAudience audience, IReadOnlyList<Guid>? clientIds, Actor actor, DateTimeOffset now)
    {
        RequireEditable(actor);
        var clients = ValidAudience(audience, clientIds);
        return audience == Audience && clients.SequenceEqual(ClientIds) ? [] : [new ArticleAudienceChanged(Id, audience, clients, actor.PersonId, now)];
    }

    /// <summary>Publishes the latest revision; publishing what is already out changes nothing.</summary>
    public IEnumerable<object> Publish(Actor actor, DateTimeOffset now)
    {
        RequireEditable(actor);
        return Status == ArticleStatus.Published && Published?.Number == Latest.Number ? [] : [new ArticlePublished(Id, Latest.Number, actor.PersonId, now)];
    }

    public IEnumerable<object> Archive(Actor actor, DateTimeOffset now)
    {
        RequireEditable(actor);
        return Status == ArticleStatus.Archived ? [] : [new ArticleArchived(Id, actor.PersonId, now)];
    }

    /// <summary>A reader who can see the article says whether it helped; the same answer again changes nothing.</summary>
    public IEnumerable<object> Rate(bool helpful, Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor) || Status != ArticleStatus.Published)
        {
            throw NoSuchArticle();
        }

        return Ratings.TryGetValue(actor.PersonId, out var earlier) && earlier == helpful ? [] : [new ArticleRated(Id, actor.PersonId, actor.ClientId, helpful, now)];
    }

    /// <summary>
    /// A client's person says the article, suggested while they wrote a request, answered them, so they did not submit
    /// it. Counted once per person; staff reading articles are not deflected.
    /// </summary>
    public IEnumerable<object> MarkAnswered(Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor) || Status != ArticleStatus.Published)
        {
            throw NoSuchArticle();
        }

        if (actor.ClientId is not { } clientId)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only a client's people are answered by articles instead of requests.");
        }

        return AnsweredFor.Contains(actor.PersonId) ? [] : [new ArticleAnsweredQuestion(Id, actor.PersonId, clientId, now)];
    }

    /// <summary>A revision readers may be shown: staff any, a client's people only those that were published.</summary>
    public ArticleRevision? Revision(int number, Actor actor) =>
        Revisions.FirstOrDefault(revision => revision.Number == number && (actor.IsStaff || PublishedRevisions.Contains(number)));

    public static CommandRejected NoSuchArticle() => new(Rejection.NotFound, "There is no such article.", "articleId");

    private static (string Title, string Category, IReadOnlyList<string> Tags, string Body) Valid(string title, string category, IReadOnlyList<string>? tags, string body)
    {
        RequestRules.RequireText(title, "title", TitleMaxLength, "Give the article a title.");
        RequestRules.RequireText(category, "category", CategoryMaxLength, "Give the article a category.");
        RequestRules.RequireText(body, "body", BodyMaxLength, "Write the article.");
        var cleanTags = (tags ?? []).Select(tag => tag.Trim().ToLowerInvariant()).Where(tag => tag.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (cleanTags.Count > MaxTags || cleanTags.Any(tag => tag.Length > TagMaxLength))
        {
            throw new CommandRejected(Rejection.Invalid, $"At most {MaxTags} tags of at most {TagMaxLength} characters.", "tags");
        }

        return (title.Trim(), category.Trim(), cleanTags, body);
    }

    private static IReadOnlyList<Guid> ValidAudience(ArticleAudience audience, IReadOnlyList<Guid>? clientIds)
    {
        if (!Enum.IsDefined(audience))
        {
            throw new CommandRejected(Rejection.Invalid, "Choose a known audience.", "audience");
        }

        var clients = audience == ArticleAudience.ChosenClients ? (clientIds ?? []).Distinct().Order().ToList() : [];
        return audience != ArticleAudience.ChosenClients || clients.Count is > 0 and <= MaxClients
            ? clients
            : throw new CommandRejected(Rejection.Invalid, $"Name from 1 to {MaxClients} clients for an article meant for chosen clients.", "clientIds");
    }

    /// <summary>An article the actor cannot see is not there to them; one they can see, only delivery staff change.</summary>
    private void RequireEditable(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchArticle();
        }

        RequireWriter(actor);
    }

    /// <summary>Delivery staff write the knowledge base; executives and clients read it.</summary>
    private static void RequireWriter(Actor actor)
    {
        if (!actor.Role.IsOperationalStaff())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only delivery staff write articles.");
        }
    }
}
