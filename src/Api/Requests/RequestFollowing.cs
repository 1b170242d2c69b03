using System.Reflection;
using JasperFx.Events;

namespace Milestone.Api.Requests;

/// <summary>
/// Handlers that follow a request's committed events (its SLA clock, its Jira issue) take them from a queue of
/// their own, partitioned by request, so each follower sees one request's events one at a time, in order, and
/// a retry or a dead letter of one follower never touches another.
/// </summary>
public static class RequestFollowing
{
    private static readonly MethodInfo Forward = typeof(RequestFollowing).GetMethod(nameof(ForwardToFollower), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// The follower's queue, fed every request event <paramref name="follower"/> has a <c>Handle</c> for: its
    /// handlers are the one list of what it follows, so a handler added is a handler reached.
    /// </summary>
    public static WolverineOptions FollowRequests(this WolverineOptions options, string queueName, Type follower)
    {
        options.InOrderQueue(queueName).AddStickyHandler(follower);
        var followed = follower.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.Name == "Handle")
            .Select(method => method.GetParameters()[0].ParameterType)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEvent<>))
            .Select(type => type.GetGenericArguments()[0]);
        foreach (var requestEvent in followed)
        {
            Forward.MakeGenericMethod(requestEvent).Invoke(null, [options, queueName]);
        }

        return options;
    }

    private static void ForwardToFollower<TEvent>(WolverineOptions options, string queueName) where TEvent : IRequestEvent =>
        options.ForwardToQueue<TEvent>(queueName, requestEvent => requestEvent.RequestId);
}
