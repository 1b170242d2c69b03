namespace Milestone.Api.Tests.Infrastructure;

public static class Settling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Runs an action and waits until every message it set off has been handled (events forwarded to
    /// the SLA clocks, for instance); messages scheduled for later are not waited for.
    /// </summary>
    public static async Task<T> SettledAsync<T>(this MilestoneApp app, Func<Task<T>> action)
    {
        T result = default!;
        await app.Host.TrackActivity().Timeout(Patience).ExecuteAndWaitAsync(async Task (IMessageContext _) => result = await action());
        return result;
    }
}
