using Milestone.Domain.Assets;
using Milestone.Domain.Locations;
using Milestone.Domain.Tests.People;
using Milestone.Domain.Tests.Requests;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Locations;

/// <summary>Given a client's locations, when they are kept, people placed and admins limited, and requests tied to them, then these events or this refusal.</summary>
public sealed class LocationTests
{
    private static readonly Guid LeedsId = Guid.Parse("0193a1b2-0000-7000-8000-0000000080a1");
    private static readonly Guid YorkId = Guid.Parse("0193a1b2-0000-7000-8000-0000000080a2");
    private static readonly Guid GlobexSiteId = Guid.Parse("0193a1b2-0000-7000-8000-0000000080a3");
    private static readonly LocationDetails LeedsDetails = new(" Leeds ", new PostalAddress(" 1 Park Row ", "Leeds", null, " LS1 5AB ", "United Kingdom"), null, null);

    private static readonly Location Leeds = Location.Evolve(null, Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, Admin, Now))!;
    private static readonly Location York = Location.Evolve(null, Location.Add(YorkId, Acme, true, new LocationDetails("York", null, "Europe/London", null), ["Leeds"], null, Admin, Now))!;
    private static readonly Location GlobexSite = Location.Evolve(null, Location.Add(GlobexSiteId, Globex, true, new LocationDetails("Leeds", null, null, null), [], null, Admin, Now))!;

    [Fact]
    public void Administrators_account_managers_and_the_clients_own_admin_add_a_tidied_location_with_a_name_of_its_own()
    {
        var added = Location.Add(LeedsId, Acme, true, LeedsDetails, ["York"], null, ClientAdmin, Now);

        Assert.Equal(("Leeds", "1 Park Row", "LS1 5AB", null), (added.Name, added.Address!.Street, added.Address.PostalCode, added.Address.Region));
        Assert.Equal(LeedsId, Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, AccountManager, Now).LocationId);
        Assert.Equal(Rejection.Conflict, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, ["LEEDS"], null, Admin, Now)).Rejection);
        Assert.Equal("timeZone", Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails with { TimeZone = "Leeds/Headrow" }, [], null, Admin, Now)).Field);
        Assert.Equal("address.city", Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails with { Address = LeedsDetails.Address! with { City = " " } }, [], null, Admin, Now)).Field);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, Agent, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, Member, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, ClientAdmin with { LocationScope = [YorkId] }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, Outsider with { Role = Role.ClientAdmin }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Location.Add(LeedsId, Acme, true, LeedsDetails, [], null, AccountManager with { StaffScope = [Globex] }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Location.Add(LeedsId, Acme, false, LeedsDetails, [], null, Admin, Now)).Rejection);
    }

    [Fact]
    public void The_primary_contact_is_one_of_the_clients_people_still_active()
    {
        var contact = RequestFixture.Named(Member);

        Assert.Equal(Member.PersonId, Location.Add(LeedsId, Acme, true, LeedsDetails with { PrimaryContactId = Member.PersonId }, [], contact, Admin, Now).PrimaryContactId);
        Assert.Equal("primaryContactId", Refusal(() => Location.Add(
            LeedsId, Acme, true, LeedsDetails with { PrimaryContactId = Outsider.PersonId }, [], RequestFixture.Named(Outsider), Admin, Now)).Field);
        Assert.Equal(Rejection.Invalid, Refusal(() => Location.Add(
            LeedsId, Acme, true, LeedsDetails with { PrimaryContactId = Member.PersonId }, [], contact with { Status = PersonStatus.Deactivated }, Admin, Now)).Rejection);
    }

    [Fact]
    public void Restating_a_location_as_it_is_or_closing_it_again_changes_nothing_and_a_closed_one_takes_nothing_new()
    {
        var closed = Location.Evolve(Leeds, Assert.Single(Leeds.Close(Admin, Now)))!;

        Assert.Empty(Leeds.Revise(LeedsDetails, ["York"], null, Admin, Now));
        Assert.IsType<LocationRevised>(Assert.Single(Leeds.Revise(LeedsDetails with { TimeZone = "Europe/Dublin" }, [], null, Admin, Now)));
        Assert.Empty(closed.Close(Admin, Now));
        Assert.Equal(Rejection.Conflict, Refusal(() => closed.Revise(LeedsDetails, [], null, Admin, Now)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => PersonAt(Role.ClientMember).PlaceAt(LeedsId, closed, ClientAdmin, Now)).Rejection);
    }

    [Fact]
    public void A_client_user_is_placed_at_one_of_their_clients_open_locations_and_placing_them_there_again_changes_nothing()
    {
        var member = PersonAt(Role.ClientMember);
        var placed = Assert.IsType<PersonLocationChanged>(Assert.Single(member.PlaceAt(LeedsId, Leeds, ClientAdmin, Now)));
        var atLeeds = Person.Evolve(member, placed)!;

        Assert.Equal((LeedsId, Acme), (placed.LocationId, placed.ClientId));
        Assert.Empty(atLeeds.PlaceAt(LeedsId, Leeds, ClientAdmin, Now));
        Assert.Null(Assert.IsType<PersonLocationChanged>(Assert.Single(atLeeds.PlaceAt(null, null, Admin, Now))).LocationId);
        Assert.Equal(Rejection.NotFound, Refusal(() => member.PlaceAt(GlobexSiteId, GlobexSite, ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => member.PlaceAt(YorkId, null, ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => member.PlaceAt(LeedsId, Leeds, Agent, Now)).Rejection);
    }

    [Fact]
    public void Only_another_client_admin_is_limited_to_locations_by_an_administrator_or_an_unlimited_admin_of_the_client()
    {
        var other = PersonAt(Role.ClientAdmin);

        var limited = Assert.IsType<ClientAdminLocationScopeChanged>(Assert.Single(other.LimitToLocations([YorkId, LeedsId], [Leeds, York], ClientAdmin, Now)));
        var afterwards = Person.Evolve(other, limited)!;

        Assert.Equal(new[] { LeedsId, YorkId }.Order(), limited.LocationIds!);
        Assert.Empty(afterwards.LimitToLocations([LeedsId, YorkId], [Leeds, York], Admin, Now));
        Assert.Null(Assert.IsType<ClientAdminLocationScopeChanged>(Assert.Single(afterwards.LimitToLocations(null, [], Admin, Now))).LocationIds);
        Assert.Equal(Rejection.Invalid, Refusal(() => PersonAt(Role.ClientMember).LimitToLocations([LeedsId], [Leeds], Admin, Now)).Rejection);
        Assert.Equal("locationIds", Refusal(() => other.LimitToLocations([], [], Admin, Now)).Field);
        Assert.Equal(Rejection.NotFound, Refusal(() => other.LimitToLocations([GlobexSiteId], [GlobexSite], Admin, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => other.LimitToLocations([LeedsId], [Leeds], ClientAdmin with { LocationScope = [LeedsId] }, Now)).Rejection);
        Assert.Equal(Rejection.Invalid, Refusal(() => other.LimitToLocations([LeedsId], [Leeds], ClientAdmin with { PersonId = PersonFixture.PersonId }, Now)).Rejection);
    }

    [Fact]
    public void A_new_request_is_about_the_location_named_else_the_submitters_own_and_a_limited_admin_sees_only_their_locations_and_their_own()
    {
        var named = Request.LocationOfNewRequest(Acme, YorkId, York, Leeds, Member);
        var defaulted = Request.LocationOfNewRequest(Acme, null, null, Leeds, Member);
        var atYork = RequestFixture.Given(RequestFixture.PrinterJams() with { LocationId = YorkId });
        var leedsAdmin = ClientAdmin with { LocationScope = [LeedsId] };

        Assert.Equal((YorkId, LeedsId), (named, defaulted));
        Assert.Null(Request.LocationOfNewRequest(Acme, null, null, Location.Evolve(Leeds, new LocationClosed(LeedsId, Acme, Admin.PersonId, Now)), Member));
        Assert.Equal(Rejection.NotFound, Refusal(() => Request.LocationOfNewRequest(Acme, GlobexSiteId, GlobexSite, null, Member)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => Request.LocationOfNewRequest(Acme, YorkId, York, null, leedsAdmin)).Rejection);
        Assert.False(atYork.IsVisibleTo(leedsAdmin));
        Assert.True(atYork.IsVisibleTo(ClientAdmin));
        Assert.True(atYork.IsVisibleTo(ClientAdmin with { LocationScope = [YorkId] }));
        Assert.True(RequestFixture.Given(RequestFixture.PrinterJams() with { SubmittedBy = leedsAdmin.PersonId, LocationId = YorkId }).IsVisibleTo(leedsAdmin));
    }

    [Fact]
    public void A_request_moves_between_locations_and_names_an_asset_once_and_a_client_asks_for_a_new_asset_as_an_asset_request()
    {
        var request = RequestFixture.Submitted();
        var asset = Asset.Evolve(null, Asset.Register(
            Guid.Parse("0193a1b2-0000-7000-8000-0000000080b1"), Acme, true, new AssetDetails("Laptop", AssetKind.Workstation, "L-1", null, null, null, "", []), null, null, [], Agent, Now))!;
        var referenced = Request.Evolve(request, Assert.Single(request.ReferenceAsset(Member, asset.Id, asset, Now)))!;

        var moved = Assert.IsType<RequestLocationChanged>(Assert.Single(request.MoveToLocation(Agent, LeedsId, Leeds, Now)));
        var asked = Request.RequestAsset(Member, RequestId, AssetKind.Server, " More disk ", null, null, York, Urgency.High, Now);

        Assert.Equal((null, LeedsId), (moved.FromLocationId, moved.ToLocationId));
        Assert.Empty(referenced.ReferenceAsset(Member, asset.Id, asset, Now));
        Assert.IsType<AssetReferenceRemoved>(Assert.Single(referenced.RemoveAssetReference(ClientAdmin, asset.Id, Now)));
        Assert.Equal(Rejection.Forbidden, Refusal(() => Request.Evolve(request, new RequestShared(RequestId, Acme, Colleague.PersonId, Member.PersonId, Now))!
            .MoveToLocation(Colleague, LeedsId, Leeds, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => request.ReferenceAsset(Member, asset.Id, asset with { ClientId = Globex }, Now)).Rejection);
        Assert.Equal([typeof(RequestSubmitted), typeof(RequestCategorised), typeof(AssetRequested)], asked.Select(@event => @event.GetType()));
        Assert.Equal(("New server requested", YorkId, Urgency.High), (((RequestSubmitted)asked[0]).Title, ((RequestSubmitted)asked[0]).LocationId, ((RequestSubmitted)asked[0]).Urgency));
        Assert.Equal((Request.AssetRequestCategory, "More disk"), (((RequestCategorised)asked[1]).Category, ((AssetRequested)asked[2]).Reason));
        Assert.Equal(Rejection.Forbidden, Refusal(() => Request.RequestAsset(Agent, RequestId, AssetKind.Server, "More disk", null, null, null, Urgency.Normal, Now)).Rejection);
        var made = RequestFixture.Given(asked);
        Assert.Empty(Request.RequestAsset(Member, RequestId, AssetKind.Server, "More disk", null, null, York, Urgency.High, Now, made));
        Assert.Empty(Request.RequestAsset(Member, RequestId, AssetKind.Server, "More disk", YorkId, York, York, Urgency.High, Now, made));
        Assert.Equal(Rejection.Conflict, Refusal(() => Request.RequestAsset(Member, RequestId, AssetKind.Server, "Less disk", null, null, York, Urgency.High, Now, made)).Rejection);
        Assert.Equal(Rejection.Conflict, Refusal(() => Request.RequestAsset(Member, RequestId, AssetKind.Server, "More disk", LeedsId, Leeds, York, Urgency.High, Now, made)).Rejection);
    }

    private static Person PersonAt(Role role) => PersonFixture.Given(
        Person.Invite(Admin, PersonFixture.PersonId, "sam@acme.test", "Sam", role, Acme, true, PersonFixture.InvitationId, Now.AddDays(-1)),
        new InvitationAccepted(PersonFixture.PersonId, Acme, PersonFixture.InvitationId, Now.AddDays(-1)));

    private static CommandRejected Refusal(Func<object?> decide) =>
        Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);
}
