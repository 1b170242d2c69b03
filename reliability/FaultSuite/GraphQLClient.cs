using System.Net.Http.Json;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>
/// GraphQL over HTTP against whichever node address is current. A command is acknowledged only when the
/// host answered 200 with data and no error; anything else (a refused connection, a timeout, an error) is
/// not, and the caller retries it with the same idempotency key. Every attempt is kept, with its reason.
/// With a tenant named, every call is addressed to that tenant.
/// </summary>
public sealed class GraphQLClient(Func<Uri> node, string? tenant = null)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private int _unacknowledged;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _refusals = new();

    /// <summary>Why attempts were refused, most frequent first.</summary>
    public IEnumerable<(string Reason, int Times)> Refusals => _refusals.OrderByDescending(r => r.Value).Select(r => (r.Key, r.Value));

    /// <summary>Attempts the host refused or never answered.</summary>
    public int Unacknowledged => _unacknowledged;

    public async Task<(JsonElement? Data, Attempt Attempt)> TryAsync(string? accessToken, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node(), "/graphql")) { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        if (tenant is not null)
        {
            request.Headers.Add(Milestone.Api.Tenancy.TenantResolution.Header, tenant);
        }

        var sent = DateTimeOffset.UtcNow;
        try
        {
            using var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var body = response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : default;
            if (body.ValueKind != JsonValueKind.Object || body.TryGetProperty("errors", out _) || body.GetProperty("data").ValueKind == JsonValueKind.Null)
            {
                return (null, Refuse(sent, $"{(int)response.StatusCode} {text}", answered: true));
            }

            return (body.GetProperty("data"), new Attempt(sent, null, Answered: true));
        }
        catch (Exception unavailable) when (unavailable is HttpRequestException or TaskCanceledException or JsonException)
        {
            return (null, Refuse(sent, unavailable.Message, answered: unavailable is JsonException));
        }
    }

    private Attempt Refuse(DateTimeOffset sent, string reason, bool answered)
    {
        var shortened = reason.Length > 160 ? reason[..160] : reason;
        _refusals.AddOrUpdate(shortened, 1, (_, times) => times + 1);
        Interlocked.Increment(ref _unacknowledged);
        return new Attempt(sent, shortened, answered);
    }

    /// <summary>Repeats the same command until it is acknowledged, as a client with an idempotency key may, or until <paramref name="giveUp"/>.</summary>
    public async Task<Attempts> UntilAcknowledgedAsync(string? accessToken, string query, object variables, CancellationToken giveUp)
    {
        var tries = new List<Attempt>();
        while (true)
        {
            var (data, attempt) = await TryAsync(accessToken, query, variables);
            tries.Add(attempt);
            if (data is not null || giveUp.IsCancellationRequested)
            {
                return new Attempts(data, tries);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    /// <summary>For setting up: a command that must succeed, or the run cannot go on.</summary>
    public async Task<JsonElement> MustAsync(string? accessToken, string query, object variables, CancellationToken giveUp)
    {
        var attempts = await UntilAcknowledgedAsync(accessToken, query, variables, giveUp);
        return attempts.Data ?? throw new InvalidOperationException($"Never acknowledged: {query}\nLast refusal: {attempts.Tries[^1].Refusal}");
    }

    public async Task<string> SignInAsync(string email, string password, CancellationToken giveUp) =>
        (await MustAsync(
            null,
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }",
            new { input = new { email, password } },
            giveUp)).GetProperty("signIn").GetProperty("accessToken").GetString()!;
}
