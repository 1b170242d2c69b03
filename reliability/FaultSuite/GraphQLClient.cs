using System.Net.Http.Json;
using System.Text.Json;

namespace Milestone.FaultSuite;

/// <summary>
/// GraphQL over HTTP against whichever node address is current. A command is acknowledged only when the
/// host answered 200 with data and no error; anything else (a refused connection, a timeout, an error) is
/// not, and the caller retries it with the same idempotency key.
/// </summary>
public sealed class GraphQLClient(Func<Uri> node)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private int _unacknowledged;
    private string _lastRefusal = "";
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _refusals = new();

    /// <summary>Why attempts were refused, most frequent first.</summary>
    public IEnumerable<(string Reason, int Times)> Refusals => _refusals.OrderByDescending(r => r.Value).Select(r => (r.Key, r.Value));

    /// <summary>Attempts the host refused or never answered.</summary>
    public int Unacknowledged => _unacknowledged;

    public async Task<JsonElement?> TryAsync(string? accessToken, string query, object variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(node(), "/graphql")) { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        try
        {
            using var response = await Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var body = response.IsSuccessStatusCode ? JsonDocument.Parse(text).RootElement.Clone() : default;
            if (body.ValueKind != JsonValueKind.Object || body.TryGetProperty("errors", out _) || body.GetProperty("data").ValueKind == JsonValueKind.Null)
            {
                Refuse($"{(int)response.StatusCode} {text}");
                return null;
            }

            return body.GetProperty("data");
        }
        catch (Exception unavailable) when (unavailable is HttpRequestException or TaskCanceledException or JsonException)
        {
            Refuse(unavailable.Message);
            return null;
        }
    }

    private void Refuse(string reason)
    {
        _lastRefusal = reason;
        _refusals.AddOrUpdate(reason.Length > 160 ? reason[..160] : reason, 1, (_, times) => times + 1);
    }

    /// <summary>Repeats the same command until it is acknowledged, as a client with an idempotency key may.</summary>
    public async Task<JsonElement> UntilAcknowledgedAsync(string? accessToken, string query, object variables, CancellationToken giveUp)
    {
        while (true)
        {
            if (await TryAsync(accessToken, query, variables) is { } data)
            {
                return data;
            }

            Interlocked.Increment(ref _unacknowledged);
            if (giveUp.IsCancellationRequested)
            {
                throw new InvalidOperationException($"Never acknowledged: {query}\nLast refusal: {_lastRefusal}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        }
    }

    public async Task<string> SignInAsync(string email, string password, CancellationToken giveUp) =>
        (await UntilAcknowledgedAsync(
            null,
            "mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }",
            new { input = new { email, password } },
            giveUp)).GetProperty("signIn").GetProperty("accessToken").GetString()!;
}
