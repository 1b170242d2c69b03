using Milestone.Api.Tests.Cluster;

namespace Milestone.Api.Tests.Tenancy;

/// <summary>
/// Given a host that keeps a database per tenant, what each tenant's people do is written to, read from and
/// worked on in that tenant's database alone, and a call that does not say which tenant it is for is refused.
/// </summary>
// A host of its own: it keeps a database per tenant and switches the tenant header host-wide.
public sealed class DatabasePerTenantTests(TenantedApp app) : IClassFixture<TenantedApp>
{
    private const string ClientNames = "{ clientOrganisations { name } }";

    private const string ChooseSlaPolicy = "mutation($clientId: ID!, $policyId: ID) { chooseClientSlaPolicy(clientId: $clientId, policyId: $policyId) { slaPolicyId } }";

    private const string Volume = """
        query($clientId: ID!) { insights(from: "2026-11-01", to: "2026-11-30", clientId: $clientId) { eventsBehind volume { count } } }
        """;

    [Fact]
    public async Task Each_tenant_reads_and_writes_only_its_own_database()
    {
        var (northAdmin, northRequest) = await ClientWithRequestAsync(TenantedApp.North, "Isolated North");
        var (southAdmin, southRequest) = await ClientWithRequestAsync(TenantedApp.South, "Isolated South");

        app.Tenant = TenantedApp.North;
        var seenInNorth = Names((await app.Host.GraphQLAsync(ClientNames, signedIn: northAdmin)).Data("clientOrganisations"));
        Assert.Equal((true, false), (seenInNorth.Contains("Isolated North"), seenInNorth.Contains("Isolated South")));
        Assert.Equal("NOT_FOUND", (await app.Host.GraphQLAsync(RequestDocuments.ById, new { id = southRequest }, northAdmin)).SingleError().Code());

        app.Tenant = TenantedApp.South;
        var seenInSouth = Names((await app.Host.GraphQLAsync(ClientNames, signedIn: southAdmin)).Data("clientOrganisations"));
        Assert.Equal((true, false), (seenInSouth.Contains("Isolated South"), seenInSouth.Contains("Isolated North")));
        Assert.Equal("NOT_FOUND", (await app.Host.GraphQLAsync(RequestDocuments.ById, new { id = northRequest }, southAdmin)).SingleError().Code());

        Assert.Equal((true, false), (await HasStreamAsync(app.NorthDatabase, northRequest), await HasStreamAsync(app.NorthDatabase, southRequest)));
        Assert.Equal((true, false), (await HasStreamAsync(app.SouthDatabase, southRequest), await HasStreamAsync(app.SouthDatabase, northRequest)));
        Assert.False(await HasTableAsync(app.ConnectionString, "milestone.mt_events"), "The main database keeps no tenant's events.");
        Assert.True(await HasTableAsync(app.ConnectionString, "milestone.wolverine_nodes"), "The main database keeps the nodes' tables.");
        Assert.True(await HasTableAsync(app.NorthDatabase, "milestone.wolverine_outgoing_envelopes"), "A tenant's outbox commits with its events.");
    }

    [Fact]
    public async Task Handlers_and_asynchronous_projections_work_in_the_tenants_database()
    {
        var (admin, client, requestId) = await RequestUnderSlaAsync(TenantedApp.North);

        var sla = (await app.Host.GraphQLAsync(SlaScenes.Sla, new { id = requestId }, admin)).Data("request").GetProperty("sla");
        Assert.Equal("ON_TRACK", sla.GetProperty("standing").GetString());

        var northVolume = await Eventually.WithinAsync(
            TimeSpan.FromSeconds(30),
            async () => (await app.Host.GraphQLAsync(Volume, new { clientId = client }, admin)).Data("insights"),
            insights => insights.GetProperty("eventsBehind").GetInt64() == 0 && Requests(insights) > 0,
            "the north reporting tables take in the north request");
        Assert.Equal(1, Requests(northVolume));

        app.Tenant = TenantedApp.South;
        var southAdmin = await app.AdministratorAsync();
        Assert.Equal("NOT_FOUND", (await app.Host.GraphQLAsync(Volume, new { clientId = client }, southAdmin)).SingleError().Code());
    }

    [Fact]
    public async Task A_deadline_scheduled_in_a_tenants_database_fires_there()
    {
        var (admin, _, requestId) = await RequestUnderSlaAsync(TenantedApp.North);
        var response = (await app.Host.GraphQLAsync(SlaScenes.Sla, new { id = requestId }, admin)).Data("request").GetProperty("sla").GetProperty("response");
        var dueAt = response.GetProperty("dueAt").GetDateTimeOffset();
        var breach = new SlaDeadline(SlaClock.IdFor(Guid.Parse(requestId)), SlaTargetKind.Response, SlaMilestone.Breach, response.GetProperty("cycle").GetInt32(), dueAt);

        // Arriving a second early, the deadline is put back for a second: scheduled in north's database.
        app.Clock.SetUtcNow(dueAt.AddSeconds(-1));
        using (var scope = app.Host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(TenantedApp.North, breach);
        }

        app.Clock.SetUtcNow(dueAt.AddMinutes(1));
        var later = await app.SignInAsync(admin.Email);
        await Eventually.WithinAsync(
            TimeSpan.FromSeconds(30),
            async () => (await app.Host.GraphQLAsync(SlaScenes.Sla, new { id = requestId }, later)).Data("request").GetProperty("sla").GetProperty("standing").GetString(),
            standing => standing == "BREACHED",
            "the rescheduled breach fires from north's database");
    }

    [Fact]
    public async Task A_live_queue_hears_only_of_its_own_tenants_changes()
    {
        app.Tenant = TenantedApp.South;
        var southAdmin = await app.AdministratorAsync();
        var southMember = await app.InvitedAndSignedInAsync(southAdmin, Role.ClientMember, await app.ClientOrganisationAsync(southAdmin, "Southwark"));
        await using var socket = await GraphQLSocket.SignedInAsync(app.Host, southAdmin, path: $"graphql?tenant={TenantedApp.South}");
        await socket.SubscribeAsync("queue", "subscription { queueChanged { request { title } change } }");
        await socket.SubscribeAsync("ready", "{ __typename }");
        await socket.ReceiveAsync();
        await socket.ReceiveAsync();

        app.Tenant = TenantedApp.North;
        var northAdmin = await app.AdministratorAsync();
        var northMember = await app.InvitedAndSignedInAsync(northAdmin, Role.ClientMember, await app.ClientOrganisationAsync(northAdmin, "Northwind"));
        await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "North: printer offline" } }, northMember);
        app.Tenant = TenantedApp.South;
        await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "South: printer offline" } }, southMember);

        var heard = (await socket.ReceiveAsync()).GetProperty("payload").GetProperty("data").GetProperty("queueChanged");
        Assert.Equal("South: printer offline", heard.GetProperty("request").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Links_in_a_tenants_e_mail_lead_to_that_tenants_portal()
    {
        app.Tenant = TenantedApp.North;
        var northInvited = await app.InviteAsync(await app.AdministratorAsync(), Role.Agent, clientId: null);
        app.Tenant = TenantedApp.South;
        var southInvited = await app.InviteAsync(await app.AdministratorAsync(), Role.Agent, clientId: null);

        Assert.StartsWith("http://localhost:5080/invitations/accept?tenant=north&token=", await LinkSentToAsync(northInvited));
        Assert.StartsWith($"{TenantedApp.SouthPortal}/invitations/accept?token=", await LinkSentToAsync(southInvited));
    }

    [Fact]
    public async Task An_attachment_is_stored_and_served_in_its_tenants_database()
    {
        var (northAdmin, northRequest) = await ClientWithRequestAsync(TenantedApp.North, "Attaching North");
        var content = "north's network diagram"u8.ToArray();
        var file = new ByteArrayContent(content) { Headers = { ContentType = new("text/plain") } };
        var form = new MultipartFormDataContent { { file, "file", "diagram.txt" } };
        var uploaded = await app.Host.Scenario(call =>
        {
            call.Post.MultipartFormData(form).ToUrl($"/requests/{northRequest}/attachments");
            call.WithRequestHeader("Authorization", $"Bearer {northAdmin.AccessToken}");
            call.StatusCodeShouldBe(201);
        });
        var location = uploaded.Context.Response.Headers.Location.ToString();

        var downloaded = await app.Host.Scenario(call =>
        {
            call.Get.Url(location);
            call.WithRequestHeader("Authorization", $"Bearer {northAdmin.AccessToken}");
        });
        Assert.Equal(content, Encoding.UTF8.GetBytes(await downloaded.ReadAsTextAsync()));

        app.Tenant = TenantedApp.South;
        var southAdmin = await app.AdministratorAsync();
        await app.Host.Scenario(call =>
        {
            call.Get.Url(location);
            call.WithRequestHeader("Authorization", $"Bearer {southAdmin.AccessToken}");
            call.StatusCodeShouldBe(404);
        });
    }

    [Fact]
    public async Task A_token_is_good_only_in_the_tenant_that_issued_it()
    {
        app.Tenant = TenantedApp.North;
        var northAdmin = await app.AdministratorAsync();

        app.Tenant = TenantedApp.South;
        var refused = await app.Host.GraphQLAsync("{ me { email } }", signedIn: northAdmin);

        Assert.Equal("UNAUTHENTICATED", refused.SingleError().Code());
    }

    [Fact]
    public async Task A_tenants_host_name_selects_it_without_the_header()
    {
        app.Tenant = TenantedApp.South;
        var southAdmin = await app.AdministratorAsync();

        app.Tenant = null;
        var result = await app.Host.Scenario(call =>
        {
            call.Post.Json(new { query = "{ me { email } }" }).ToUrl("/graphql");
            call.WithRequestHeader("Host", TenantedApp.SouthHostName);
            call.WithRequestHeader("Authorization", $"Bearer {southAdmin.AccessToken}");
        });

        Assert.Equal(southAdmin.Email, JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Data("me").GetProperty("email").GetString());
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("west", null)]
    [InlineData(TenantedApp.North, TenantedApp.SouthHostName)]
    public async Task A_call_that_names_no_known_tenant_or_two_is_refused_before_it_reaches_anything(string? header, string? hostName)
    {
        app.Tenant = header;
        var result = await app.Host.Scenario(call =>
        {
            call.Post.Json(new { query = "{ me { email } }" }).ToUrl("/graphql");
            if (hostName is not null)
            {
                call.WithRequestHeader("Host", hostName);
            }

            call.StatusCodeShouldBe(400);
        });

        Assert.Equal("UNKNOWN_TENANT", JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Health_is_answered_without_a_tenant_and_checks_every_database()
    {
        app.Tenant = null;
        var ready = await app.Host.Scenario(call =>
        {
            call.Get.Url("/health/ready");
            call.StatusCodeShouldBe(200);
        });

        Assert.Equal("Healthy", await ready.ReadAsTextAsync());
    }

    /// <summary>A HIGH request submitted in the tenant under a default SLA policy on office hours, its clock started.</summary>
    private async Task<(SignedIn Admin, Guid ClientId, string RequestId)> RequestUnderSlaAsync(string tenant)
    {
        app.Tenant = tenant;
        var admin = await app.AdministratorAsync();
        var calendarId = await app.CalendarAsync(admin, SlaScenes.OfficeHours());
        var policy = (await app.Host.GraphQLAsync(SlaScenes.DefinePolicy, new { input = SlaScenes.Standard(calendarId, name: $"Standard {Guid.NewGuid():N}") }, admin))
            .Data("defineSlaPolicy").GetProperty("id").GetString();
        var client = await app.ClientOrganisationAsync(admin, "Northwind");
        (await app.Host.GraphQLAsync(ChooseSlaPolicy, new { clientId = client, policyId = policy }, admin)).Data("chooseClientSlaPolicy");
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, client);
        var requestId = await app.SettledAsync(async () =>
            (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = "VPN drops every hour", urgency = "HIGH" } }, member))
            .Data("submitRequest").GetProperty("request").GetProperty("id").GetString()!);
        return (admin, client, requestId);
    }

    private async Task<(SignedIn Admin, string RequestId)> ClientWithRequestAsync(string tenant, string clientName)
    {
        app.Tenant = tenant;
        var admin = await app.AdministratorAsync();
        var member = await app.InvitedAndSignedInAsync(admin, Role.ClientMember, await app.ClientOrganisationAsync(admin, clientName));
        var submitted = (await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input = new { title = $"{clientName} printer offline" } }, member))
            .Data("submitRequest").GetProperty("request");
        return (admin, submitted.GetProperty("id").GetString()!);
    }

    private async Task<string> LinkSentToAsync(string email)
    {
        await app.InvitationTokenSentToAsync(email);
        var mail = app.Mail.Received.Single(received => received.To.Contains(email, StringComparison.OrdinalIgnoreCase));
        return mail.TextBody!.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Single(word => word.Contains("/invitations/accept", StringComparison.Ordinal));
    }

    private static string[] Names(JsonElement clients) => [.. clients.EnumerateArray().Select(client => client.GetProperty("name").GetString()!)];

    private static int Requests(JsonElement insights) => insights.GetProperty("volume").EnumerateArray().Sum(line => line.GetProperty("count").GetInt32());

    private static async Task<bool> HasStreamAsync(string database, string streamId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select exists (select 1 from milestone.mt_events where stream_id = @id)", connection);
        command.Parameters.AddWithValue("id", Guid.Parse(streamId));
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<bool> HasTableAsync(string database, string table)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select to_regclass(@table) is not null", connection);
        command.Parameters.AddWithValue("table", table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }
}
