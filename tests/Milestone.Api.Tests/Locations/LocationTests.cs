namespace Milestone.Api.Tests.Locations;

/// <summary>A client's locations through the host: who keeps them, people placed at them, and a client admin limited to some.</summary>
[Collection(Collections.Conversation)]
public sealed class LocationTests(MilestoneApp app)
{
    [Fact]
    public async Task A_client_admin_limited_to_one_location_sees_that_locations_requests_and_assets_and_their_own_and_nothing_else()
    {
        var admin = await app.SharedAdministratorAsync();
        var owner = await app.ClientUserAsync(Role.ClientAdmin, "Stark Sites");
        var limited = await app.InvitedAndSignedInAsync(admin, Role.ClientAdmin, owner.ClientId);
        var inLeeds = await app.InvitedAndSignedInAsync(owner, Role.ClientMember, owner.ClientId);
        var inYork = await app.InvitedAndSignedInAsync(owner, Role.ClientMember, owner.ClientId);
        var agent = await app.InvitedAndSignedInAsync(admin, Role.Agent, null);
        var leeds = await app.LocationAsync(owner, owner.ClientId, "Leeds");
        var york = await app.LocationAsync(owner, owner.ClientId, "York", "Europe/London");
        await app.PlaceAsync(owner, inLeeds, leeds);
        await app.PlaceAsync(owner, inYork, york);
        (await app.Host.GraphQLAsync(
            "mutation($personId: ID!, $ids: [ID!]) { limitClientAdminToLocations(personId: $personId, locationIds: $ids) { locationScope } }",
            new { personId = limited.PersonId, ids = new[] { leeds } }, owner)).Data("limitClientAdminToLocations");

        var leedsRequest = await app.SubmitAsync(inLeeds, new { title = "Leeds printer", idempotencyKey = "leeds-printer" });
        var sameKeyElsewhere = await app.Host.GraphQLAsync(
            LocationScenes.Submit, new { input = new { title = "Leeds printer", idempotencyKey = "leeds-printer", locationId = york } }, inLeeds);
        var yorkRequest = await app.SubmitAsync(inYork, new { title = "York printer" });
        var ownRequest = await app.SubmitAsync(limited, new { title = "My laptop" });
        var leedsAsset = await app.AssetAsync(agent, owner.ClientId, "Leeds PC", "STK-L1", leeds);
        var yorkAsset = await app.AssetAsync(agent, owner.ClientId, "York PC", "STK-Y1", york);

        var limitedSees = await app.RequestIdsAsync(limited);
        var ownerSees = await app.RequestIdsAsync(owner);
        var atYork = await app.RequestIdsAsync(owner, new { locationIds = new[] { york } });
        var limitedAssets = await app.IdsAsync(limited, "{ assets { id } }", "assets");
        var limitedLocations = await app.IdsAsync(limited, "{ locations { id } }", "locations");
        var yorkRequestForLimited = await app.Host.GraphQLAsync("query($id: ID!) { request(id: $id) { id } }", new { id = yorkRequest.GetProperty("id").GetString() }, limited);
        var yorkAssetForLimited = await app.Host.GraphQLAsync("query($id: ID!) { asset(id: $id) { id } }", new { id = yorkAsset }, limited);
        var submitAtYork = await app.Host.GraphQLAsync(LocationScenes.Submit, new { input = new { title = "At York", locationId = york } }, limited);
        var limitedAddsLocation = await app.Host.GraphQLAsync(LocationScenes.AddLocation, new { input = new { clientId = owner.ClientId, name = "Hull" } }, limited);

        Assert.Equal(("Leeds", "York"), (leedsRequest.GetProperty("location").GetProperty("name").GetString(), yorkRequest.GetProperty("location").GetProperty("name").GetString()));
        Assert.Equal(
            new[] { leedsRequest, ownRequest }.Select(request => request.GetProperty("id").GetString()).Order(),
            limitedSees.Order());
        Assert.Contains(yorkRequest.GetProperty("id").GetString(), ownerSees);
        Assert.Equal([yorkRequest.GetProperty("id").GetString()!], atYork);
        Assert.Equal([leedsAsset], limitedAssets);
        Assert.Equal([leeds], limitedLocations);
        Assert.Equal("NOT_FOUND", yorkRequestForLimited.SingleError().Code());
        Assert.Equal("NOT_FOUND", yorkAssetForLimited.SingleError().Code());
        Assert.Equal("NOT_FOUND", submitAtYork.SingleError().Code());
        Assert.Equal("FORBIDDEN", limitedAddsLocation.SingleError().Code());
        Assert.Equal("CONFLICT", sameKeyElsewhere.SingleError().Code());
    }

    [Fact]
    public async Task A_location_keeps_a_name_unlike_the_clients_other_open_ones_a_known_zone_and_a_contact_of_its_own_client()
    {
        var owner = await app.ClientUserAsync(Role.ClientAdmin, "Named Sites");
        var stranger = await app.ClientUserAsync(Role.ClientMember, "Other Sites");
        var member = await app.InvitedAndSignedInAsync(owner, Role.ClientMember, owner.ClientId);
        var office = await app.LocationAsync(owner, owner.ClientId, "Head office");
        var eventsBefore = await app.SiteEventCountAsync(owner.ClientId);

        var sameName = await app.Host.GraphQLAsync(LocationScenes.AddLocation, new { input = new { clientId = owner.ClientId, name = " head OFFICE " } }, owner);
        var unknownZone = await app.Host.GraphQLAsync(LocationScenes.AddLocation, new { input = new { clientId = owner.ClientId, name = "Annex", timeZone = "Mars/Olympus" } }, owner);
        var strangerContact = await app.Host.GraphQLAsync(
            "mutation($input: AddLocationInput!) { addLocation(input: $input) { id } }",
            new { input = new { clientId = owner.ClientId, name = "Annex", primaryContactId = stranger.PersonId } }, owner);
        var byMember = await app.Host.GraphQLAsync(LocationScenes.AddLocation, new { input = new { clientId = owner.ClientId, name = "Annex" } }, member);
        var forAnotherClient = await app.Host.GraphQLAsync(LocationScenes.AddLocation, new { input = new { clientId = stranger.ClientId, name = "Annex" } }, owner);
        var eventsAfter = await app.SiteEventCountAsync(owner.ClientId);
        var clientsZone = (await app.Host.GraphQLAsync("query($id: ID!) { location(id: $id) { timeZone effectiveTimeZone } }", new { id = office }, member)).Data("location");

        var revised = (await app.Host.GraphQLAsync(
            """
            mutation($id: ID!, $contact: ID) {
              reviseLocation(locationId: $id, name: "Head office", timeZone: "Europe/Dublin", primaryContactId: $contact,
                             address: { street: "1 Quay Street", city: "Dublin", country: "Ireland" }) {
                effectiveTimeZone primaryContact { id } address { city postalCode }
              }
            }
            """,
            new { id = office, contact = member.PersonId }, owner)).Data("reviseLocation");
        var closed = (await app.Host.GraphQLAsync("mutation($id: ID!) { closeLocation(locationId: $id) { isOpen closedAt } }", new { id = office }, owner)).Data("closeLocation");
        var reopenedName = await app.LocationAsync(owner, owner.ClientId, "Head office");

        Assert.Equal(
            ("CONFLICT", "VALIDATION", "NOT_FOUND", "FORBIDDEN", "NOT_FOUND"),
            (sameName.SingleError().Code(), unknownZone.SingleError().Code(), strangerContact.SingleError().Code(), byMember.SingleError().Code(), forAnotherClient.SingleError().Code()));
        Assert.Equal(eventsBefore, eventsAfter);
        Assert.Equal((JsonValueKind.Null, "Europe/London"), (clientsZone.GetProperty("timeZone").ValueKind, clientsZone.GetProperty("effectiveTimeZone").GetString()));
        Assert.Equal("Europe/Dublin", revised.GetProperty("effectiveTimeZone").GetString());
        Assert.Equal(member.PersonId.ToString(), revised.GetProperty("primaryContact").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, revised.GetProperty("address").GetProperty("postalCode").ValueKind);
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
        Assert.NotEqual(office, reopenedName);
    }
}
