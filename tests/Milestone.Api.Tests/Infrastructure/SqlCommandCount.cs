namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands the host sends to PostgreSQL while it answers one GraphQL call. Npgsql reports each
/// command as an activity; the call carries a trace of its own in its traceparent header, which ASP.NET Core
/// continues for everything done for the call, so other tests and the host's background work are not counted.
/// </summary>
public static class SqlCommandCount
{
    public static async Task<(JsonElement Response, int Commands)> GraphQLCountingSqlAsync(this IAlbaHost host, string query, object? variables, SignedIn signedIn)
    {
        var trace = ActivityTraceId.CreateRandom();
        var commands = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql" && activity.TraceId == trace)
                {
                    Interlocked.Increment(ref commands);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        var result = await host.Scenario(scenario =>
        {
            scenario.Post.Json(new { query, variables }).ToUrl("/graphql");
            scenario.WithRequestHeader("Accept", "application/graphql-response+json");
            scenario.WithRequestHeader("Authorization", $"Bearer {signedIn.AccessToken}");
            scenario.WithRequestHeader("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        });
        return (JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone(), Volatile.Read(ref commands));
    }
}
