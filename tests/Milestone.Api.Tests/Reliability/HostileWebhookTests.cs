using Xunit.Abstractions;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// Hostile deliveries to Jira's webhook: whatever arrives, the answer is 204, or a coded 4xx problem
/// response, and no event is written, also by the messages an accepted delivery sets off.
/// </summary>
[Collection(Collections.HostileInput)]
public sealed class HostileWebhookTests(HostileInputApp app, ITestOutputHelper output)
{
    private const int Cases = 150;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Generated_hostile_deliveries_are_refused_with_problem_responses_and_write_nothing()
    {
        var scene = await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);
        var random = new Random(HostileRun.Seed);
        var webhooks = new HostileWebhooks(HostileInputApp.WebhookSecret, random);
        var run = new HostileRun(app.Host, app.ConnectionString, scene);

        await run.SendAsync(Cases, random, webhooks.Next, RefusalChecks.OfHttpEndpoint, SettledAsync);

        output.WriteLine($"Slowest cases:\n{string.Join("\n", run.Slowest)}");
        Assert.True(run.Failures.Count == 0, run.Report("hostile webhook deliveries"));
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task An_unsigned_delivery_is_a_coded_unauthenticated_problem()
    {
        await app.SceneAsync();

        var response = await DeliverAsync("{\"webhookEvent\":\"worklog_created\"}", signed: false);

        RefusalChecks.AssertCodedProblem(response, 401, ErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task A_delivery_larger_than_a_megabyte_is_refused_before_it_is_read_whole()
    {
        await app.SceneAsync();
        var padding = new string(' ', JiraWebhookEndpoint.MaxBodyBytes);

        var response = await DeliverAsync($"{{\"webhookEvent\":\"worklog_created\",{padding}\"timestamp\":1}}");

        RefusalChecks.AssertCodedProblem(response, 413, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task A_signed_delivery_with_U0000_is_a_bad_request_and_writes_nothing()
    {
        await app.SceneAsync();
        var before = await EventStoreMark.ReadAsync(app.ConnectionString);

        var response = await DeliverAsync("{\"webhookEvent\": \"worklog_created\\u0000\"}");

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.BadRequest);
        Assert.Equal(before, await EventStoreMark.ReadAsync(app.ConnectionString));
    }

    [Fact]
    public async Task A_signed_delivery_with_an_id_too_large_to_store_is_a_bad_request()
    {
        await app.SceneAsync();
        var hugeId = string.Concat(Enumerable.Range(0, 3_000).Select(_ => Guid.NewGuid().ToString("N")));

        var response = await DeliverAsync("{\"webhookEvent\": \"worklog_created\"}", deliveryId: hugeId);

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task A_method_the_webhook_does_not_take_is_a_coded_problem()
    {
        var response = await app.Host.SendAsync(new HostileRequest("GET", "GET", JiraWebhookEndpoint.Path, null, null), null);

        RefusalChecks.AssertCodedProblem(response, 405, ErrorCodes.BadRequest);
    }

    [Fact]
    public async Task A_signed_delivery_whose_time_is_not_a_time_is_a_bad_request()
    {
        await app.SceneAsync();

        var response = await DeliverAsync("{\"webhookEvent\": \"worklog_created\", \"worklog\": {\"id\": \"1\", \"issueId\": \"2\", \"updated\": \"not a time\"}}");

        RefusalChecks.AssertCodedProblem(response, 400, ErrorCodes.BadRequest);
    }

    private Task<HostileResponse> DeliverAsync(string json, bool signed = true, string? deliveryId = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var headers = new Dictionary<string, string> { [JiraWebhookEndpoint.DeliveryHeader] = deliveryId ?? Guid.NewGuid().ToString() };
        if (signed)
        {
            headers[WebhookSignature.Header] = WebhookSignature.For(HostileInputApp.WebhookSecret, body);
        }

        return SettledAsync(new HostileRequest("delivery", "POST", JiraWebhookEndpoint.Path, body, "application/json") { Headers = headers }, null);
    }


    /// <summary>Sends a delivery and waits for the messages it queued, so what they write is counted too.</summary>
    private async Task<HostileResponse> SettledAsync(HostileRequest request, string? accessToken)
    {
        HostileResponse response = null!;
        await app.Host.TrackActivity().Timeout(Patience).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync(async Task (IMessageContext _) => response = await app.Host.SendAsync(request, accessToken));
        return response;
    }
}
