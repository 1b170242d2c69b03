namespace Milestone.Domain.Requests;

/// <summary>Staff named a knowledge-base article as what solved the request; its client's people read it from the request.</summary>
public sealed record RequestSolvedByArticle(
    Guid RequestId, Guid ClientId, Guid ArticleId, Guid LinkedBy, DateTimeOffset LinkedAt, ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;
