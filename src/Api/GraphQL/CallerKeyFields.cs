namespace Milestone.Api.GraphQL;

/// <summary>The idempotency key arguments of mutations that add to a request.</summary>
public static class CallerKeyFields
{
    public static string Description(string record) =>
        $"A key you choose (1–{CallerKeys.MaxLength} characters) so a retry is safe: the same key on the same request returns the first {record}; " +
        $"the same key with different values answers CONFLICT. It is yours on this request only, and is not the {record}'s id.";

    /// <summary>The caller's key under its name or its deprecated one; without one, every call is a write of its own.</summary>
    public static string CallerKey(this IResolveFieldContext context, string deprecatedName) =>
        context.GetArgument<string?>("idempotencyKey") ?? context.GetArgument<string?>(deprecatedName) ?? Guid.CreateVersion7(context.Now()).ToString();
}
