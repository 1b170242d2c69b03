namespace Milestone.Api.Tests.Requests;

[Collection(Collections.Requests)]
public sealed class SubmittingARequestTests(MilestoneApp app) : IAsyncLifetime
{
    private SignedIn _acme = null!;

    public async Task InitializeAsync() => _acme = await app.ClientUserAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_submitted_request_is_read_back_with_its_history()
    {
        var submitted = await Submit(_acme, "Unable to access financial reports", "Blank page since the update.", "HIGH");

        Assert.Equal(_acme.ClientId, submitted.GetProperty("clientId").GetGuid());
        Assert.Equal(_acme.PersonId, submitted.GetProperty("submittedBy").GetGuid());
        Assert.Equal("SUBMITTED", submitted.GetProperty("status").GetString());
        Assert.Equal(app.Clock.GetUtcNow(), submitted.GetProperty("submittedAt").GetDateTimeOffset());
        Assert.Equal(1, submitted.GetProperty("version").GetInt32());

        var id = submitted.GetProperty("id").GetString();
        var read = (await app.Host.GraphQLAsync(RequestDocuments.ById, new { id }, _acme)).Data("request");
        Assert.Equal("Unable to access financial reports", read.GetProperty("title").GetString());
        Assert.Equal("Blank page since the update.", read.GetProperty("description").GetString());
        Assert.Equal("HIGH", read.GetProperty("urgency").GetString());

        var history = (await app.Host.GraphQLAsync(RequestDocuments.History, new { id }, _acme)).Data("requestHistory");
        var recorded = Assert.Single(history.EnumerateArray());
        Assert.Equal("RequestSubmitted", recorded.GetProperty("type").GetString());
        Assert.Equal(1, recorded.GetProperty("version").GetInt32());
        Assert.Equal("Unable to access financial reports", recorded.GetProperty("data").GetProperty("title").GetString());
        Assert.Equal("High", recorded.GetProperty("data").GetProperty("urgency").GetString());
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_returns_the_first_request_and_writes_nothing()
    {
        var input = new { title = "Printer offline", idempotencyKey = Guid.NewGuid().ToString() };
        var first = (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input }, _acme)).Data("submitRequest").GetProperty("request");
        var eventsAfterFirst = await app.CountEventsAsync();

        var retry = (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input }, _acme)).Data("submitRequest").GetProperty("request");
        var another = (await app.Host.GraphQLAsync(
            RequestDocuments.Submit, new { input = new { title = "Printer offline", idempotencyKey = Guid.NewGuid().ToString() } }, _acme))
            .Data("submitRequest").GetProperty("request");

        Assert.Equal(first.GetProperty("id").GetString(), retry.GetProperty("id").GetString());
        Assert.NotEqual(first.GetProperty("id").GetString(), another.GetProperty("id").GetString());
        Assert.Equal(eventsAfterFirst + 1, await app.CountEventsAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_for_another_request_is_a_conflict_and_writes_nothing()
    {
        var idempotencyKey = Guid.NewGuid().ToString();
        (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer offline", idempotencyKey } }, _acme)).Data("submitRequest");
        var before = await app.CountEventsAsync();

        var reused = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "New laptop for Dana", idempotencyKey } }, _acme);

        Assert.Equal(("CONFLICT", "idempotencyKey"), (reused.SingleError().Code(), reused.SingleError().Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Urgency_defaults_to_normal()
    {
        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "New laptop for Dana" } }, _acme);

        Assert.Equal("NORMAL", response.Data("submitRequest").GetProperty("request").GetProperty("urgency").GetString());
    }

    [Theory]
    [InlineData("", "title")]
    [InlineData("   ", "title")]
    public async Task A_blank_title_is_rejected_and_writes_nothing(string title, string field)
    {
        await AssertRejected(new { title, urgency = "LOW" }, field);
    }

    [Fact]
    public async Task A_title_over_200_characters_is_rejected_and_writes_nothing()
    {
        await AssertRejected(new { title = new string('t', 201), urgency = "LOW" }, "title");
    }

    [Fact]
    public async Task A_description_over_20000_characters_is_rejected_and_writes_nothing()
    {
        await AssertRejected(new { title = "Long story", description = new string('d', 20_001), urgency = "LOW" }, "description");
    }

    [Fact]
    public async Task The_longest_allowed_title_and_description_are_accepted()
    {
        var submitted = await Submit(_acme, new string('t', 200), new string('d', 20_000), "LOW");

        Assert.Equal(200, submitted.GetProperty("title").GetString()!.Length);
    }

    [Fact]
    public async Task An_unknown_urgency_is_a_bad_request_and_writes_nothing()
    {
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(
            RequestDocuments.Submit, new { input = new { title = "Printer", urgency = "WHENEVER" } }, _acme, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Without_signing_in_nothing_is_submitted()
    {
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "Printer" } });

        Assert.Equal("UNAUTHENTICATED", response.SingleError().Code());
        Assert.Equal(before, await app.CountEventsAsync());
    }

    [Fact]
    public async Task Another_clients_request_is_invisible()
    {
        var submitted = await Submit(_acme, "Acme only", null, "LOW");
        var id = submitted.GetProperty("id").GetString();
        var globex = await app.ClientUserAsync(clientName: "Globex");

        var read = await app.Host.GraphQLAsync(RequestDocuments.ById, new { id }, globex);
        var history = await app.Host.GraphQLAsync(RequestDocuments.History, new { id }, globex);

        Assert.Equal("NOT_FOUND", read.SingleError().Code());
        Assert.Equal("NOT_FOUND", history.SingleError().Code());
    }

    private async Task AssertRejected(object input, string field)
    {
        var before = await app.CountEventsAsync();

        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input }, _acme);

        var error = response.SingleError();
        Assert.Equal("VALIDATION", error.Code());
        Assert.Equal(field, error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.DoesNotContain($"'{char.ToUpperInvariant(field[0])}{field[1..]}'", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Equal(before, await app.CountEventsAsync());
    }

    private async Task<JsonElement> Submit(SignedIn client, string title, string? description, string urgency)
    {
        var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title, description, urgency } }, client);
        return response.Data("submitRequest").GetProperty("request");
    }
}
