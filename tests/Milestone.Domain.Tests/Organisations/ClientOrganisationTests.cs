
namespace Milestone.Domain.Tests.Organisations;

public sealed class ClientOrganisationTests
{
    public static TheoryData<string, string, string[], string> Unfit => new()
    {
        { " ", "Europe/London", [], "name" },
        { new string('x', ClientOrganisation.NameMaxLength + 1), "Europe/London", [], "name" },
        { "Acme", "Sydney", [], "timeZone" },
        { "Acme", "Europe/London", [.. Enumerable.Range(0, ClientOrganisation.MaxLocations + 1).Select(number => $"Office {number}")], "locations" },
        { "Acme", "Europe/London", [new string('x', ClientOrganisation.LocationMaxLength + 1)], "locations" },
    };

    [Fact]
    public void An_administrator_takes_on_a_client_with_its_name_and_locations_tidied()
    {
        var created = ClientOrganisation.Create(Acme, " Acme ", "Europe/London", ["HQ ", "", "Depot", "HQ"], Admin, Now);

        Assert.Equal((Acme, "Acme", "Europe/London", Admin.PersonId, Now), (created.ClientId, created.Name, created.TimeZone, created.CreatedBy, created.CreatedAt));
        Assert.Equal(["HQ", "Depot"], created.Locations);
        Assert.Empty(ClientOrganisation.Create(Acme, "Acme", "Europe/London", null, Admin, Now).Locations);
    }

    [Theory]
    [InlineData(Role.AccountManager)]
    [InlineData(Role.ClientAdmin)]
    public void Only_administrators_take_on_clients(Role role)
    {
        var rejected = Assert.Throws<CommandRejected>(() => ClientOrganisation.Create(Acme, "Acme", "Europe/London", [], Admin with { Role = role }, Now));

        Assert.Equal(Rejection.Forbidden, rejected.Rejection);
    }

    [Theory]
    [MemberData(nameof(Unfit))]
    public void A_blank_or_long_name_an_unknown_zone_and_too_many_or_long_locations_are_refused(string name, string timeZone, string[] locations, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => ClientOrganisation.Create(Acme, name, timeZone, locations, Admin, Now));

        Assert.Equal((Rejection.Invalid, field), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void An_administrator_chooses_a_policy_and_choosing_it_again_changes_nothing()
    {
        var policyId = Guid.NewGuid();

        Assert.Equal([new ClientSlaPolicyChosen(Acme, policyId, Admin.PersonId, Now)], ClientSlaPolicy.Choose(Acme, null, policyId, true, Admin, Now));
        Assert.Empty(ClientSlaPolicy.Choose(Acme, policyId, policyId, true, Admin, Now));
        Assert.Equal([new ClientSlaPolicyChosen(Acme, null, Admin.PersonId, Now)], ClientSlaPolicy.Choose(Acme, policyId, null, false, Admin, Now));
    }

    [Fact]
    public void Choosing_a_policy_is_refused_to_others_outside_their_clients_and_for_a_policy_that_is_not_there()
    {
        var scoped = new Actor(Guid.NewGuid(), Role.AccountManager, null) { StaffScope = [Guid.NewGuid()] };

        Assert.Equal((Rejection.Forbidden, null), Rejected(() => ClientSlaPolicy.Choose(Acme, null, null, false, Admin with { Role = Role.AccountManager }, Now)));
        Assert.Equal((Rejection.NotFound, null), Rejected(() => ClientSlaPolicy.Choose(Acme, null, null, false, scoped, Now)));
        Assert.Equal((Rejection.NotFound, "policyId"), Rejected(() => ClientSlaPolicy.Choose(Acme, null, Guid.NewGuid(), false, Admin, Now)));
    }

    private static (Rejection, string?) Rejected(Func<IEnumerable<object>> decision)
    {
        var rejected = Assert.Throws<CommandRejected>(() => decision().ToList());
        return (rejected.Rejection, rejected.Field);
    }
}
