using Milestone.Domain.PortalLinks;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.PortalLinks;

public sealed class MakingPortalLinksTests
{
    private static readonly Guid LinkId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");
    private const string TokenHash = "hash of the link's secret";

    [Fact]
    public void An_administrator_makes_a_link_to_a_clients_portal_for_members_by_default_with_its_domains_tidied()
    {
        var created = Create(Acme, Admin, domains: ["@Acme.TEST ", "acme.test", "eu.acme.test"], expiresAt: Now.AddDays(30), maximumSignUps: 25);

        Assert.Equal(new PortalLinkCreated(LinkId, Acme, Role.ClientMember, created.AllowedDomains, Now.AddDays(30), 25, TokenHash, Admin.PersonId, Now), created);
        Assert.Equal(["acme.test", "eu.acme.test"], created.AllowedDomains);
    }

    [Fact]
    public void An_account_manager_makes_links_for_the_clients_they_work_with_only()
    {
        var scoped = AccountManager with { StaffScope = [Globex] };

        Assert.Equal(Role.ClientAdmin, Create(Globex, scoped, Role.ClientAdmin).Role);
        Assert.Equal(Rejection.NotFound, Refusal(() => Create(Acme, scoped)).Rejection);
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientAdmin)]
    public void Nobody_else_makes_portal_links(Role role)
    {
        var actor = role.IsStaff() ? Admin with { Role = role } : ClientAdmin;

        Assert.Equal(Rejection.Forbidden, Refusal(() => Create(Acme, actor)).Rejection);
    }

    [Fact]
    public void Only_administrators_make_staff_sign_up_links_which_give_a_staff_role_below_administrator()
    {
        Assert.Equal(Role.Agent, Create(null, Admin).Role);
        Assert.Equal(Rejection.Forbidden, Refusal(() => Create(null, AccountManager)).Rejection);
        Assert.Equal("role", Refusal(() => Create(null, Admin, Role.Admin)).Field);
        Assert.Equal("role", Refusal(() => Create(null, Admin, Role.ClientMember)).Field);
        Assert.Equal("role", Refusal(() => Create(Acme, Admin, Role.Agent)).Field);
    }

    [Theory]
    [InlineData("acme")]
    [InlineData("acme..test")]
    [InlineData("-acme.test")]
    [InlineData("acme.test/path")]
    [InlineData("")]
    public void A_domain_is_a_plain_host_name(string domain)
    {
        Assert.Equal("allowedDomains", Refusal(() => Create(Acme, Admin, domains: [domain])).Field);
    }

    [Fact]
    public void An_expiry_lies_ahead_and_at_least_one_sign_up_is_allowed()
    {
        Assert.Equal("expiresAt", Refusal(() => Create(Acme, Admin, expiresAt: Now)).Field);
        Assert.Equal("maximumSignUps", Refusal(() => Create(Acme, Admin, maximumSignUps: 0)).Field);
    }

    [Fact]
    public void A_client_that_does_not_exist_has_no_links()
    {
        Assert.Equal(Rejection.NotFound, Refusal(() => Create(Globex, Admin, clientExists: false)).Rejection);
    }

    [Fact]
    public void Revoking_twice_records_it_once_and_only_for_those_who_may_make_the_link()
    {
        var link = Made(Create(Acme, Admin));
        var revoked = link.Revoke(AccountManager, Now).ToList();

        Assert.Equal([new PortalLinkRevoked(LinkId, Acme, AccountManager.PersonId, Now)], revoked);
        Assert.Empty(PortalLink.Evolve(link, revoked[0])!.Revoke(Admin, Now));
        Assert.Equal(Rejection.NotFound, Refusal(() => link.Revoke(AccountManager with { StaffScope = [Globex] }, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => link.Revoke(ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.Forbidden, Refusal(() => link.Revoke(Agent, Now)).Rejection);
    }

    private static PortalLinkCreated Create(
        Guid? clientId,
        Actor actor,
        Role? role = null,
        IReadOnlyList<string>? domains = null,
        DateTimeOffset? expiresAt = null,
        int? maximumSignUps = null,
        bool clientExists = true) =>
        PortalLink.Create(LinkId, clientId, clientExists, role, domains, expiresAt, maximumSignUps, TokenHash, actor, Now);

    /// <summary>The refusal of a decision, whether it decides at once or as its events are read.</summary>
    private static CommandRejected Refusal(Func<object> decide) => Assert.Throws<CommandRejected>(() => decide() is IEnumerable<object> events ? events.ToList() : null);

    private static PortalLink Made(PortalLinkCreated created) => PortalLink.Evolve(null, created)!;
}
