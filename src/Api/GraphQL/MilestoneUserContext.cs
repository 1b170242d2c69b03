namespace Milestone.Api.GraphQL;

public sealed class MilestoneUserContext(Caller? caller, AccessTokenRefusal? refusal = null) : Dictionary<string, object?>
{
    private readonly Dictionary<string, object> _shared = [];

    public Caller? Caller { get; private set; } = caller;

    /// <summary>Why a token that came with the call gave no caller; null when none came or it was good.</summary>
    public AccessTokenRefusal? Refusal { get; } = refusal;

    /// <summary>What the document cost in the cost limit (<see cref="CostModel"/>), once validation has counted it.</summary>
    public double? Cost { get; set; }

    /// <summary>
    /// A live subscription runs for as long as the socket stays open; before each event it takes the
    /// caller as they stand now, so a narrowed client scope or a changed role applies to what it sends next.
    /// Each event is a response of its own, so what the previous one loaded (for another caller, and
    /// before the change) is forgotten.
    /// </summary>
    public void Refresh(Caller current)
    {
        lock (_shared)
        {
            Caller = current;
            _shared.Clear();
        }
    }

    /// <summary>One instance per response of something resolvers share, such as a batch loader; sibling fields resolve in parallel.</summary>
    public T Shared<T>(string name, Func<T> create) where T : class
    {
        lock (_shared)
        {
            if (!_shared.TryGetValue(name, out var existing) || existing is not T shared)
            {
                shared = create();
                _shared[name] = shared;
            }

            return shared;
        }
    }
}
