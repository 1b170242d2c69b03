namespace Milestone.Api.Tests.Cluster;

/// <summary>Asks again until the cluster shows what the test expects, within the time the product promises.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<T> WithinAsync<T>(TimeSpan promise, Func<Task<T>> observe, Func<T, bool> expected, string what)
    {
        var deadline = DateTime.UtcNow + promise;
        var observed = await observe();
        while (!expected(observed))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {promise}: {what}. Last seen: {Described(observed)}");
            await Task.Delay(PollInterval);
            observed = await observe();
        }

        return observed;
    }

    private static string? Described(object? observed) => observed is System.Collections.IEnumerable items and not string
        ? $"[{string.Join(", ", items.Cast<object>())}]"
        : observed?.ToString();
}
