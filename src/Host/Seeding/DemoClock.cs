namespace Milestone.Host.Seeding;

/// <summary>
/// The clock `seed` writes its history by. The demo loader sets it to moments of the past quarter, one after
/// another, so every decision, event timestamp and SLA deadline happens when the story says; once released it is
/// the system clock, so what the command's host does afterwards (a bulk load, scheduled messages) is on real time.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private const long Released = 0;

    private long _utcTicks = Released;

    /// <summary>Whether the command line runs a seed command, whose host keeps this clock.</summary>
    public static bool IsFor(string[] args) => args is ["seed", ..];

    public override DateTimeOffset GetUtcNow() =>
        Interlocked.Read(ref _utcTicks) is var ticks and not Released ? new DateTimeOffset(ticks, TimeSpan.Zero) : System.GetUtcNow();

    /// <summary>From now on the time is <paramref name="moment"/>; the past only, and never backwards.</summary>
    public void Set(DateTimeOffset moment)
    {
        if (moment > System.GetUtcNow() || moment < GetUtcNow() && Interlocked.Read(ref _utcTicks) != Released)
        {
            throw new InvalidOperationException($"The demo clock cannot move to {moment:O}: it only moves forwards, and not past the present.");
        }

        Interlocked.Exchange(ref _utcTicks, moment.UtcTicks);
    }

    public void Release() => Interlocked.Exchange(ref _utcTicks, Released);
}
