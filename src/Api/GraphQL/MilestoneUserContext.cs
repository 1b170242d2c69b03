using Milestone.Api.Identity;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneUserContext(Caller? caller, AccessTokenRefusal? refusal = null) : Dictionary<string, object?>
{
    public Caller? Caller { get; private set; } = caller;

    /// <summary>Why a token that came with the call gave no caller; null when none came or it was good.</summary>
    public AccessTokenRefusal? Refusal { get; } = refusal;

    /// <summary>What the document cost in the cost limit (<see cref="CostModel"/>), once validation has counted it.</summary>
    public double? Cost { get; set; }

    /// <summary>
    /// A live subscription runs for as long as the socket stays open; before each event it takes the
    /// caller as they stand now, so a narrowed client scope or a changed role applies to what it sends next.
    /// </summary>
    public void Refresh(Caller current) => Caller = current;

    /// <summary>One instance per execution of something resolvers share, such as a batch loader; sibling fields resolve in parallel.</summary>
    public T Shared<T>(Func<T> create) where T : class
    {
        lock (this)
        {
            if (!TryGetValue(typeof(T).FullName!, out var existing) || existing is not T shared)
            {
                shared = create();
                this[typeof(T).FullName!] = shared;
            }

            return shared;
        }
    }
}
