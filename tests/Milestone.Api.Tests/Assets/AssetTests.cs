using Milestone.Api.Tests.Locations;

namespace Milestone.Api.Tests.Assets;

/// <summary>The asset register through the host: staff keep it, the client reads it with each asset's requests and history, imports, asking for a new one.</summary>
[Collection(Collections.Conversation)]
public sealed class AssetTests(MilestoneApp app)
{
    private const string Import = """
        mutation($clientId: ID!, $csv: String!, $dryRun: Boolean!) {
          importAssets(clientId: $clientId, csv: $csv, dryRun: $dryRun) { dryRun applied rejected rows { line tag result assetId problems { field message } } }
        }
        """;

    private const string Asset = """
        query($id: ID!) {
          asset(id: $id) {
            name kind tag serialNumber status notes location { name } fields { key value } warrantyEndsOn
            requests { id } history { version type summary by { name } }
          }
        }
        """;

    [Fact]
    public async Task Staff_keep_the_register_and_the_clients_people_read_each_asset_with_its_requests_and_history()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Asset Holders");
        var stranger = await app.ClientUserAsync(Role.ClientMember, "Other Holders");
        var office = await app.LocationAsync(admin, member.ClientId, "Main office");
        var laptop = (await app.Host.GraphQLAsync(
            LocationScenes.RegisterAsset,
            new
            {
                input = new
                {
                    clientId = member.ClientId, name = "Finance laptop", kind = "WORKSTATION", tag = "AH-001", serialNumber = "SN-9",
                    fields = new[] { new { key = "Operating system", value = "Windows 11" }, new { key = "RAM", value = "16 GB" } },
                },
            },
            agent)).Data("registerAsset").GetProperty("id").GetString();
        await app.Host.GraphQLAsync("mutation($id: ID!, $to: ID) { moveAsset(assetId: $id, locationId: $to) { id } }", new { id = laptop, to = office }, agent);
        await app.Host.GraphQLAsync("mutation($id: ID!) { changeAssetStatus(assetId: $id, status: IN_REPAIR, reason: \"Cracked screen\") { id } }", new { id = laptop }, agent);
        var submitted = await app.SubmitAsync(member, new { title = "Laptop screen", assetIds = new[] { laptop } });
        var other = await app.SubmitAsync(member, new { title = "Laptop battery" });
        var version = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = other.GetProperty("id").GetString() }, member))
            .Data("request").GetProperty("version").GetInt32();
        (await app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!, $asset: ID!) { referenceAsset(requestId: $id, version: $v, assetId: $asset) { id } }",
            new { id = other.GetProperty("id").GetString(), v = version, asset = laptop }, member)).Data("referenceAsset");
        var memberRegisters = await app.Host.GraphQLAsync(
            LocationScenes.RegisterAsset, new { input = new { clientId = member.ClientId, name = "Mine", kind = "OTHER", tag = "AH-002" } }, member);
        var sameTag = await app.Host.GraphQLAsync(
            LocationScenes.RegisterAsset, new { input = new { clientId = member.ClientId, name = "Copy", kind = "OTHER", tag = "ah-001" } }, agent);
        var retired = await app.Host.GraphQLAsync("mutation($id: ID!) { changeAssetStatus(assetId: $id, status: RETIRED) { status } }", new { id = laptop }, agent);
        var backInService = await app.Host.GraphQLAsync("mutation($id: ID!) { changeAssetStatus(assetId: $id, status: IN_SERVICE) { status } }", new { id = laptop }, agent);

        var seen = (await app.Host.GraphQLAsync(Asset, new { id = laptop }, member)).Data("asset");
        var filtered = await app.RequestIdsAsync(agent, new { assetId = laptop });
        var strangerReads = await app.Host.GraphQLAsync(Asset, new { id = laptop }, stranger);
        var strangerReferences = await app.Host.GraphQLAsync(LocationScenes.Submit, new { input = new { title = "Not mine", assetIds = new[] { laptop } } }, stranger);

        Assert.Equal(("Finance laptop", "WORKSTATION", "AH-001", "RETIRED", "Main office"), (
            seen.GetProperty("name").GetString(), seen.GetProperty("kind").GetString(), seen.GetProperty("tag").GetString(),
            seen.GetProperty("status").GetString(), seen.GetProperty("location").GetProperty("name").GetString()));
        Assert.Equal(["Operating system=Windows 11", "RAM=16 GB"], seen.GetProperty("fields").EnumerateArray().Select(field => $"{field.GetProperty("key").GetString()}={field.GetProperty("value").GetString()}"));
        Assert.Equal(
            new[] { other, submitted }.Select(request => request.GetProperty("id").GetString()).Order(),
            seen.GetProperty("requests").EnumerateArray().Select(request => request.GetProperty("id").GetString()).Order());
        Assert.Equal(
            ["REGISTERED", "MOVED", "STATUS_CHANGED", "STATUS_CHANGED"],
            seen.GetProperty("history").EnumerateArray().Select(change => change.GetProperty("type").GetString()));
        Assert.Equal("IN_SERVICE → IN_REPAIR: Cracked screen.", seen.GetProperty("history")[2].GetProperty("summary").GetString());
        Assert.Equal(
            new[] { other, submitted }.Select(request => request.GetProperty("id").GetString()!).Order(),
            filtered.Order());
        Assert.Equal([laptop], submitted.GetProperty("assets").EnumerateArray().Select(asset => asset.GetProperty("id").GetString()));
        Assert.Equal(
            ("FORBIDDEN", "CONFLICT", "CONFLICT", "NOT_FOUND", "NOT_FOUND"),
            (memberRegisters.SingleError().Code(), sameTag.SingleError().Code(), backInService.SingleError().Code(), strangerReads.SingleError().Code(), strangerReferences.SingleError().Code()));
        Assert.Equal("RETIRED", retired.Data("changeAssetStatus").GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_asset_file_is_checked_row_by_row_in_a_dry_run_then_imported_and_importing_it_again_changes_nothing()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Importing Ltd");
        await app.LocationAsync(admin, member.ClientId, "Leeds");
        var existing = await app.AssetAsync(agent, member.ClientId, "Old name", "IMP-1");
        const string Header = "Tag,Name,Kind,Serial Number,Status,Location,Purchased_On,Warranty_Ends_On,field:OS\n";
        var withMistakes = Header
            + "IMP-1,Reception PC,workstation,SN1,in service,Leeds,2025-01-10,2028-01-10,Windows 11\n"
            + "IMP-2,Core switch,NETWORK,SN2,,Leeds,2025-02-01,2030-02-01,\n"
            + "IMP-3,Mystery box,toaster,SN3,,Atlantis,31/01/2025,2024-01-01,\n"
            + ",No tag,SERVER,,,,,,\n"
            + "IMP-2,Twice,SERVER,,,,,,\n";
        var before = await app.SiteEventCountAsync(member.ClientId);

        var dryRun = (await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = withMistakes, dryRun = true }, agent)).Data("importAssets");
        var refused = (await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = withMistakes, dryRun = false }, agent)).Data("importAssets");
        var afterRefusal = await app.SiteEventCountAsync(member.ClientId);
        var good = Header
            + "IMP-1,Reception PC,workstation,SN1,in service,Leeds,2025-01-10,2028-01-10,Windows 11\n"
            + "IMP-2,Core switch,NETWORK,SN2,,Leeds,2025-02-01,2030-02-01,\n";
        var imported = (await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = good, dryRun = false }, agent)).Data("importAssets");
        var afterImport = await app.SiteEventCountAsync(member.ClientId);
        var again = (await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = good, dryRun = false }, agent)).Data("importAssets");
        var afterAgain = await app.SiteEventCountAsync(member.ClientId);
        var unknownColumn = await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = "tag,colour\nIMP-9,red\n", dryRun = true }, agent);
        var byMember = await app.Host.GraphQLAsync(Import, new { clientId = member.ClientId, csv = good, dryRun = true }, member);
        var fromASpreadsheet = (await app.Host.GraphQLAsync(
            Import, new { clientId = member.ClientId, csv = "\uFEFFTag;Name;Kind;Notes\r\nIMP-9;\"Desk; left\";other;\"Says \"\"hi\"\"\"\r\n", dryRun = true }, agent)).Data("importAssets");
        var reception = (await app.Host.GraphQLAsync(Asset, new { id = existing }, member)).Data("asset");

        Assert.Equal((true, false, 4), (dryRun.GetProperty("dryRun").GetBoolean(), dryRun.GetProperty("applied").GetBoolean(), dryRun.GetProperty("rejected").GetInt32()));
        Assert.Equal(
            ["2 IMP-1 UPDATED", "3 IMP-2 REJECTED", "4 IMP-3 REJECTED", "5  REJECTED", "6 IMP-2 REJECTED"],
            dryRun.GetProperty("rows").EnumerateArray().Select(row => $"{row.GetProperty("line").GetInt32()} {row.GetProperty("tag").GetString()} {row.GetProperty("result").GetString()}"));
        Assert.Equal(
            ["kind", "location", "purchasedOn"],
            dryRun.GetProperty("rows")[2].GetProperty("problems").EnumerateArray().Select(problem => problem.GetProperty("field").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["tag"], dryRun.GetProperty("rows")[3].GetProperty("problems").EnumerateArray().Select(problem => problem.GetProperty("field").GetString()));
        Assert.Equal((false, 4), (refused.GetProperty("applied").GetBoolean(), refused.GetProperty("rejected").GetInt32()));
        Assert.Equal(before, afterRefusal);
        Assert.All(dryRun.GetProperty("rows").EnumerateArray().Skip(1), row => Assert.Equal(JsonValueKind.Null, row.GetProperty("assetId").ValueKind));
        Assert.Equal(existing, dryRun.GetProperty("rows")[0].GetProperty("assetId").GetString());
        Assert.Equal(["UPDATED", "REGISTERED"], imported.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("result").GetString()));
        Assert.True(imported.GetProperty("applied").GetBoolean());
        Assert.Equal(before + 3, afterImport);
        Assert.Equal(["UNCHANGED", "UNCHANGED"], again.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("result").GetString()));
        Assert.Equal((false, afterImport), (again.GetProperty("applied").GetBoolean(), afterAgain));
        Assert.Equal(("VALIDATION", "FORBIDDEN"), (unknownColumn.SingleError().Code(), byMember.SingleError().Code()));
        Assert.Equal("REGISTERED", fromASpreadsheet.GetProperty("rows")[0].GetProperty("result").GetString());
        Assert.Equal(("Reception PC", "SN1", "Leeds", "2028-01-10"), (
            reception.GetProperty("name").GetString(), reception.GetProperty("serialNumber").GetString(),
            reception.GetProperty("location").GetProperty("name").GetString(), reception.GetProperty("warrantyEndsOn").GetString()));
        Assert.Equal(["OS=Windows 11"], reception.GetProperty("fields").EnumerateArray().Select(field => $"{field.GetProperty("key").GetString()}={field.GetProperty("value").GetString()}"));
    }

    [Fact]
    public async Task Warranties_ending_within_thirty_days_on_assets_still_in_use_show_beside_the_clients_health_score()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Warranty Watchers");
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        await app.SubmitAsync(member, new { title = "Anything, so the client has figures" });
        await app.AssetAsync(agent, member.ClientId, "Ends next week", "WW-1", warrantyEndsOn: Day(today.AddDays(7)));
        await app.AssetAsync(agent, member.ClientId, "Ends in 29 days", "WW-2", warrantyEndsOn: Day(today.AddDays(29)));
        await app.AssetAsync(agent, member.ClientId, "Ends in 45 days", "WW-3", warrantyEndsOn: Day(today.AddDays(45)));
        await app.AssetAsync(agent, member.ClientId, "Ended last month", "WW-4", warrantyEndsOn: Day(today.AddDays(-30)));
        var retired = await app.AssetAsync(agent, member.ClientId, "Retired, ends in 3 days", "WW-5", warrantyEndsOn: Day(today.AddDays(3)));
        await app.Host.GraphQLAsync("mutation($id: ID!) { changeAssetStatus(assetId: $id, status: RETIRED) { id } }", new { id = retired }, agent);
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        var health = (await app.Host.GraphQLAsync(
            "query($from: DateOnly!, $to: DateOnly!, $c: ID) { insights(from: $from, to: $to, clientId: $c) { clients { health { warrantiesEndingSoon } } } }",
            new { from = Day(today.AddDays(-1)), to = Day(today.AddDays(1)), c = member.ClientId }, admin)).Data("insights").GetProperty("clients")[0].GetProperty("health");
        var listed = await app.IdsAsync(member, "query($c: ID) { assets(clientId: $c, warrantyEndsWithinDays: 30) { id } }", "assets", new { c = member.ClientId });

        Assert.Equal(2, health.GetProperty("warrantiesEndingSoon").GetInt32());
        Assert.Equal(2, listed.Count);
    }

    [Fact]
    public async Task Report_builders_count_each_sites_requests_and_each_assets_requests_in_the_reporting_tables()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Reported Sites");
        var harbour = await app.LocationAsync(admin, member.ClientId, "Harbour");
        await app.LocationAsync(admin, member.ClientId, "Quiet annex");
        var router = await app.AssetAsync(agent, member.ClientId, "Router", "RS-1", harbour);
        var printer = await app.AssetAsync(agent, member.ClientId, "Printer", "RS-2", harbour);
        await app.SubmitAsync(member, new { title = "Router down", locationId = harbour, assetIds = new[] { router, printer } });
        var second = await app.SubmitAsync(member, new { title = "Router slow", locationId = harbour, assetIds = new[] { router } });
        await app.Host.GraphQLAsync("mutation($id: ID!) { changeAssetStatus(assetId: $id, status: IN_REPAIR) { id } }", new { id = router }, agent);
        var version = (await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { version } }", new { id = second.GetProperty("id").GetString() }, member))
            .Data("request").GetProperty("version").GetInt32();
        await app.Host.GraphQLAsync(
            "mutation($id: ID!, $v: Int!, $asset: ID!) { removeAssetReference(requestId: $id, version: $v, assetId: $asset) { id } }",
            new { id = second.GetProperty("id").GetString(), v = version, asset = router }, member);
        await app.Host.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var perSite = await connection.RowsAsync($"""
            select l.name, count(r.request_id) from reporting.locations l left join reporting.requests r on r.location_id = l.location_id
             where l.client_id = '{member.ClientId}' group by l.name order by l.name
            """);
        var perAsset = await connection.RowsAsync($"""
            select a.tag, a.kind, a.status, a.location_id is not null, count(ra.request_id) from reporting.assets a
              left join reporting.request_assets ra on ra.asset_id = a.asset_id
             where a.client_id = '{member.ClientId}' group by a.tag, a.kind, a.status, a.location_id order by a.tag
            """);

        Assert.Equal(["Harbour|2", "London|0", "Quiet annex|0"], perSite);
        Assert.Equal(["RS-1|Workstation|InRepair|True|1", "RS-2|Workstation|InService|True|1"], perAsset);
    }

    [Fact]
    public async Task Two_assets_of_one_client_with_one_tag_in_any_case_cannot_both_be_stored_however_they_were_decided()
    {
        var admin = await app.SharedAdministratorAsync();
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var member = await app.ClientUserAsync(Role.ClientMember, "Raced Tags");
        var other = await app.ClientUserAsync(Role.ClientMember, "Other Raced Tags");
        await app.AssetAsync(agent, member.ClientId, "First", "RACE-1");
        await app.AssetAsync(agent, other.ClientId, "Other client's", "RACE-1");

        await using var session = app.Store.LightweightSession();
        var second = Guid.CreateVersion7();
        session.Events.StartStream<Domain.Assets.Asset>(second, new Domain.Assets.AssetRegistered(
            second, member.ClientId!.Value, new Domain.Assets.AssetDetails("Second", Domain.Assets.AssetKind.Other, "race-1", null, null, null, "", []), null,
            Domain.Assets.AssetStatus.InService, agent.PersonId, app.Clock.GetUtcNow()));
        var refused = await Record.ExceptionAsync(() => session.SaveChangesAsync());

        Assert.True(
            refused is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } || refused?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation },
            $"The second tag was stored, or refused otherwise: {refused}");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_client_asks_for_a_new_asset_and_it_queues_as_an_asset_request_at_their_location()
    {
        var admin = await app.SharedAdministratorAsync();
        var owner = await app.ClientUserAsync(Role.ClientAdmin, "Asking Ltd");
        var member = await app.InvitedAndSignedInAsync(owner, Role.ClientMember, owner.ClientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var depot = await app.LocationAsync(owner, owner.ClientId, "Depot");
        await app.PlaceAsync(owner, member, depot);

        var asked = (await app.Host.GraphQLAsync(
            """
            mutation { requestAsset(kind: WORKSTATION, reason: "A desk for the new starter") {
              request { id title category status urgency location { name } requestedAsset { kind reason } } } }
            """, signedIn: member)).Data("requestAsset").GetProperty("request");
        const string Keyed = "mutation($reason: String!) { requestAsset(kind: NETWORK, reason: $reason, idempotencyKey: \"wifi-1\") { request { id } } }";
        var keyed = (await app.Host.GraphQLAsync(Keyed, new { reason = "Wi-Fi for the depot" }, member)).Data("requestAsset").GetProperty("request").GetProperty("id").GetString();
        var retried = (await app.Host.GraphQLAsync(Keyed, new { reason = "Wi-Fi for the depot" }, member)).Data("requestAsset").GetProperty("request").GetProperty("id").GetString();
        var reusedForOther = await app.Host.GraphQLAsync(Keyed, new { reason = "A printer" }, member);
        var sameKeyByOwner = (await app.Host.GraphQLAsync(Keyed, new { reason = "A printer" }, owner)).Data("requestAsset").GetProperty("request").GetProperty("id").GetString();
        var staffAsks = await app.Host.GraphQLAsync("mutation { requestAsset(kind: SERVER, reason: \"More disk\") { request { id } } }", signedIn: agent);
        var queued = (await app.Host.GraphQLAsync(
            "query($c: ID!) { requests(first: 100, filter: { clientIds: [$c], category: \"Asset request\" }) { items { id } } }", new { c = owner.ClientId }, agent))
            .Data("requests").GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()).ToList();

        Assert.Equal(("New workstation requested", "Asset request", "SUBMITTED", "NORMAL", "Depot"), (
            asked.GetProperty("title").GetString(), asked.GetProperty("category").GetString(), asked.GetProperty("status").GetString(),
            asked.GetProperty("urgency").GetString(), asked.GetProperty("location").GetProperty("name").GetString()));
        Assert.Equal(("WORKSTATION", "A desk for the new starter"), (
            asked.GetProperty("requestedAsset").GetProperty("kind").GetString(), asked.GetProperty("requestedAsset").GetProperty("reason").GetString()));
        Assert.Equal("FORBIDDEN", staffAsks.SingleError().Code());
        Assert.Equal(keyed, retried);
        Assert.Equal("CONFLICT", reusedForOther.SingleError().Code());
        Assert.NotEqual(keyed, sameKeyByOwner);
        Assert.Equal(new[] { asked.GetProperty("id").GetString(), keyed, sameKeyByOwner }.Order(), queued.Order());
    }
}
