using GraphQL;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Milestone.Api.Identity;

namespace Milestone.Api.GraphQL;

public static class ResolveFieldContextExtensions
{
    public static ActingParty ActingParty(this IResolveFieldContext context) =>
        (context.UserContext as MilestoneUserContext)?.ActingParty
        ?? throw new CodedError(ErrorCodes.Unauthenticated, "Say who is acting: send the X-Milestone-Client and X-Milestone-User headers.");

    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>
    /// A session of its own for one resolver: GraphQL runs sibling query fields in parallel, and a
    /// Marten session is not safe to share between them.
    /// </summary>
    public static IQuerySession OpenQuerySession(this IResolveFieldContext context) =>
        context.Service<IDocumentStore>().QuerySession();
}
