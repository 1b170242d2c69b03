namespace Milestone.Api.Tests.Infrastructure;

public static class CarefulClient
{
    /// <summary>
    /// What a careful client does when many write to one stream at once: the server retries a crowded stream
    /// itself, and when it still answers CONFLICT the client sends the same command again under the same
    /// idempotency key. Answers the codes of the refusals met on the way.
    /// </summary>
    public static async Task<IReadOnlyList<string?>> UntilAcceptedAsync(Func<Task<JsonElement>> send, int attempts = 20)
    {
        var refusals = new List<string?>();
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var response = await send();
            if (!response.TryGetProperty("errors", out _))
            {
                return refusals;
            }

            refusals.Add(response.SingleError().Code());
        }

        Assert.Fail($"Still refused after {attempts} attempts: {string.Join(", ", refusals)}");
        return refusals;
    }
}
