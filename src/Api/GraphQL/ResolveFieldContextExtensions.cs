namespace Milestone.Api.GraphQL;

public static class ResolveFieldContextExtensions
{
    public static Caller Caller(this IResolveFieldContext context) =>
        TwoFactorEnrolmentGate.Admit(
            context,
            (context.UserContext as MilestoneUserContext)?.Caller
            ?? throw AccessTokenRefusals.Unauthenticated((context.UserContext as MilestoneUserContext)?.Refusal));

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>
    /// A session of its own for one resolver: GraphQL runs sibling query fields in parallel, and a
    /// Marten session is not safe to share between them.
    /// </summary>
    public static IQuerySession OpenQuerySession(this IResolveFieldContext context) => context.RequestServices!.OpenTenantQuerySession();

    /// <summary>The document with this id, or null when there is none; read in a session of its own, like any resolver's.</summary>
    public static async Task<T?> LoadAsync<T>(this IResolveFieldContext context, object id) where T : notnull
    {
        await using var session = context.OpenQuerySession();
        return await session.LoadAsync<T>(id, context.CancellationToken);
    }

    /// <summary>The id argument as a Guid; an id that is not one names nothing, like an unknown id.</summary>
    public static Guid? GuidArgument(this IResolveFieldContext context, string name) =>
        Guid.TryParse(context.GetArgument<string?>(name), out var id) ? id : null;

    /// <summary>Runs a command through its Wolverine handler, in this request's cancellation.</summary>
    public static async Task InvokeAsync(this IResolveFieldContext context, object command)
    {
        await context.Service<IMessageBus>().InvokeAsync(command, context.CancellationToken);
        CommittedBeforeOutage.Record(context);
    }

    /// <summary>Runs a command that answers with an outcome (sign-in, codes) rather than only succeeding or throwing.</summary>
    public static async Task<TOutcome> InvokeAsync<TOutcome>(this IResolveFieldContext context, object command)
    {
        var outcome = await context.Service<IMessageBus>().InvokeAsync<TOutcome>(command, context.CancellationToken);
        CommittedBeforeOutage.Record(context);
        return outcome;
    }

    public static DateTimeOffset Now(this IResolveFieldContext context) => context.Service<TimeProvider>().GetUtcNow();
}
