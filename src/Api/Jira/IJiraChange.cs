namespace Milestone.Api.Jira;

/// <summary>A change Jira told of, made on one request: a request's changes are applied one at a time, in the order they arrived.</summary>
public interface IJiraChange
{
    Guid RequestId { get; }
}
