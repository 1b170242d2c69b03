namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Sends generated hostile requests one after another, each as a caller picked at random, and keeps
/// every way an answer fell short and every event a request wrote. The seed is fixed so a run can be
/// repeated; set MILESTONE_FUZZ_SEED to explore others.
/// </summary>
public sealed class HostileRun(IAlbaHost host, string connectionString, HostileScene scene)
{
    public const int DefaultSeed = 20261126;

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("MILESTONE_FUZZ_SEED"), out var chosen) ? chosen : DefaultSeed;

    public List<string> Failures { get; } = [];

    /// <summary>The slowest cases, to keep the run bounded and to spot input that ties the server up; nothing asserts on time.</summary>
    public IEnumerable<string> Slowest => _elapsed.OrderByDescending(entry => entry.Elapsed).Take(10).Select(entry => $"{entry.Elapsed.TotalMilliseconds,8:F0} ms  {entry.Label}");

    private readonly List<(TimeSpan Elapsed, string Label)> _elapsed = [];

    public Task SendAsync(int cases, Random random, Func<HostileRequest> next, Func<HostileResponse, IEnumerable<string>> check) =>
        SendAsync(cases, random, next, check, host.SendAsync);

    /// <summary>Sends through <paramref name="send"/>, which may wait for what a request set off before the event store is compared.</summary>
    public async Task SendAsync(
        int cases, Random random, Func<HostileRequest> next, Func<HostileResponse, IEnumerable<string>> check, Func<HostileRequest, string?, Task<HostileResponse>> send)
    {
        var mark = await EventStoreMark.ReadAsync(connectionString);
        for (var index = 0; index < cases; index++)
        {
            var request = next();
            var (role, token) = scene.Callers[random.Next(scene.Callers.Count)];
            var problems = new List<string>();
            var clock = Stopwatch.StartNew();
            try
            {
                var response = await send(request, token);
                problems.AddRange(check(response));
                if (response.Status >= 500)
                {
                    problems.Add($"said: {response.Text[..Math.Min(response.Text.Length, 1_500)]}");
                }
            }
            catch (Exception failed)
            {
                var described = failed.ToString();
                problems.Add($"the request failed on the server: {described[..Math.Min(described.Length, 1_500)]}");
            }

            _elapsed.Add((clock.Elapsed, request.Label[..Math.Min(request.Label.Length, 150)]));
            var now = await EventStoreMark.ReadAsync(connectionString);
            if (now != mark)
            {
                problems.Add($"wrote {string.Join(", ", await mark.WrittenSinceAsync(connectionString))}");
                mark = now;
            }

            if (problems.Count > 0)
            {
                Failures.Add($"#{index} as {role}: {request.Describe()}\n    → {string.Join("\n    → ", problems)}");
            }
        }
    }

    public string Report(string what) =>
        $"{Failures.Count} {what} answered badly (seed {Seed}):\n{string.Join("\n", Failures.Take(60))}";
}
