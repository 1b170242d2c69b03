namespace Milestone.Api.Requests;

/// <summary>Which request a person's idempotency key produced, so a retried submission returns it instead of a second one.</summary>
public sealed record SubmissionKey(string Id, Guid RequestId)
{
    public const int MaxLength = 100;

    public static string IdFor(Guid personId, string key) => $"{personId:N}:{key}";
}
