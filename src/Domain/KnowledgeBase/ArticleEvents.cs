namespace Milestone.Domain.KnowledgeBase;

/// <summary>Staff started an article, as a draft: its first revision. Starts the stream.</summary>
public sealed record ArticleDrafted(
    Guid ArticleId, string Title, string Category, IReadOnlyList<string> Tags, string Body, ArticleAudience Audience, IReadOnlyList<Guid> ClientIds, Guid DraftedBy, DateTimeOffset DraftedAt);

/// <summary>A new revision of the article's text: every earlier one stays in the stream.</summary>
public sealed record ArticleRevised(
    Guid ArticleId, int Revision, string Title, string Category, IReadOnlyList<string> Tags, string Body, Guid RevisedBy, DateTimeOffset RevisedAt);

/// <summary>Who may read the article once published: every client, the clients named, or the staff only.</summary>
public sealed record ArticleAudienceChanged(Guid ArticleId, ArticleAudience Audience, IReadOnlyList<Guid> ClientIds, Guid ChangedBy, DateTimeOffset ChangedAt);

/// <summary>The article's latest revision is out for its audience to read.</summary>
public sealed record ArticlePublished(Guid ArticleId, int Revision, Guid PublishedBy, DateTimeOffset PublishedAt);

/// <summary>The article is withdrawn from readers; staff still find it, and may publish it again.</summary>
public sealed record ArticleArchived(Guid ArticleId, Guid ArchivedBy, DateTimeOffset ArchivedAt);

/// <summary>A reader said whether the article helped; a later answer by the same person replaces theirs.</summary>
public sealed record ArticleRated(Guid ArticleId, Guid PersonId, Guid? ClientId, bool Helpful, DateTimeOffset RatedAt);

/// <summary>A client's person read the article when it was suggested and did not need to submit a request: a deflection.</summary>
public sealed record ArticleAnsweredQuestion(Guid ArticleId, Guid PersonId, Guid ClientId, DateTimeOffset AnsweredAt);
