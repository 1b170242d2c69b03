namespace Milestone.Projections;

/// <summary>
/// Event timestamps to the microsecond, PostgreSQL's precision. Inline projections see the timestamp
/// Marten gives an event before it is stored; with .NET's 100 ns ticks a read model would keep digits
/// the stored event has lost, and a rebuild from the stored events would come out different.
/// </summary>
public sealed class MicrosecondTimeProvider(TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = inner.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
