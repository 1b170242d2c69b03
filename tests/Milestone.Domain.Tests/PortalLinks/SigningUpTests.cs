using Milestone.Domain.PortalLinks;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.PortalLinks;

public sealed class SigningUpTests
{
    private static readonly Guid LinkId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");
    private static readonly Guid PersonId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f1");
    private static readonly Guid VerificationId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f2");
    private static readonly Guid RenewedVerificationId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000f3");

    private static readonly PortalLink AcmeLink = PortalLink.Evolve(
        null, PortalLink.Create(LinkId, Acme, true, Role.ClientAdmin, ["acme.test"], Now.AddDays(7), 2, "hash", Admin, Now.AddDays(-1)))!;

    [Fact]
    public void A_new_address_at_the_links_domain_signs_up_in_its_client_and_role_pending_verification_for_a_day()
    {
        var outcome = AcmeLink.SignUp(PersonId, " ann@ACME.test ", " Ann Archer ", known: null, VerificationId, Now);

        Assert.Equal(
            new SignedUp(
                new PortalLinkUsed(LinkId, Acme, PersonId, Now),
                new SignedUpThroughLink(PersonId, "ann@ACME.test", "Ann Archer", Role.ClientAdmin, Acme, LinkId, VerificationId, Now.AddHours(24), Now)),
            outcome);
    }

    [Fact]
    public void Each_sign_up_counts_towards_the_maximum_and_the_link_turns_people_away_once_used_up()
    {
        var once = Used(AcmeLink);
        var twice = Used(once);

        Assert.Equal(2, twice.SignUps);
        Assert.IsType<SignedUp>(once.SignUp(PersonId, "bob@acme.test", "Bob", null, VerificationId, Now));
        Assert.Equal(new SignUpTurnedAway(SignUpRefusal.LinkUsedUp), twice.SignUp(PersonId, "cy@acme.test", "Cy", null, VerificationId, Now));
    }

    [Theory]
    [InlineData("ann@evil-acme.test")]
    [InlineData("ann@acme.test.evil.example")]
    [InlineData("ann@eu.acme.test")]
    [InlineData("ann.acme.test")]
    public void An_address_outside_the_links_domains_is_turned_away(string email)
    {
        Assert.Equal(new SignUpTurnedAway(SignUpRefusal.DomainNotAllowed), AcmeLink.SignUp(PersonId, email, "Ann", null, VerificationId, Now));
    }

    [Fact]
    public void A_revoked_or_expired_link_turns_everyone_away_and_says_which()
    {
        var revoked = PortalLink.Evolve(AcmeLink, new PortalLinkRevoked(LinkId, Acme, Admin.PersonId, Now))!;

        Assert.Equal(new SignUpTurnedAway(SignUpRefusal.LinkRevoked), revoked.SignUp(PersonId, "ann@acme.test", "Ann", null, VerificationId, Now));
        Assert.Equal(new SignUpTurnedAway(SignUpRefusal.LinkExpired), AcmeLink.SignUp(PersonId, "ann@acme.test", "Ann", null, VerificationId, Now.AddDays(7)));
    }

    [Fact]
    public void A_known_address_is_turned_away_unless_it_signed_up_through_this_link_and_is_not_verified_yet()
    {
        var pendingHere = new KnownAddress(PersonId, PersonStatus.PendingVerification, LinkId);

        Assert.Equal(new SignUpToRenew(PersonId), AcmeLink.SignUp(Guid.NewGuid(), "ann@acme.test", "Ann", pendingHere, VerificationId, Now));
        Assert.Equal(
            new SignUpTurnedAway(SignUpRefusal.AddressKnown),
            AcmeLink.SignUp(Guid.NewGuid(), "ann@acme.test", "Ann", pendingHere with { SignedUpThrough = Guid.NewGuid() }, VerificationId, Now));
        Assert.Equal(
            new SignUpTurnedAway(SignUpRefusal.AddressKnown),
            AcmeLink.SignUp(Guid.NewGuid(), "ann@acme.test", "Ann", pendingHere with { Status = PersonStatus.Active }, VerificationId, Now));
        Assert.Equal(
            new SignUpTurnedAway(SignUpRefusal.AddressKnown),
            AcmeLink.SignUp(Guid.NewGuid(), "ann@acme.test", "Ann", new KnownAddress(PersonId, PersonStatus.Invited, null), VerificationId, Now));
    }

    [Fact]
    public void The_verification_link_makes_the_person_a_member_once_and_only_while_it_is_the_newest_and_a_day_old_at_most()
    {
        var pending = SignedUpPerson();

        Assert.Equal(PersonStatus.PendingVerification, pending.Status);
        Assert.Equal([new EmailVerified(PersonId, Acme, VerificationId, Now.AddHours(23))], pending.VerifyEmail(VerificationId, Now.AddHours(23)));
        Assert.Equal("token", Refusal(() => pending.VerifyEmail(VerificationId, Now.AddHours(24))).Field);
        Assert.Equal("token", Refusal(() => pending.VerifyEmail(Guid.NewGuid(), Now)).Field);

        var verified = Person.Evolve(pending, new EmailVerified(PersonId, Acme, VerificationId, Now))!;
        Assert.Equal(PersonStatus.Active, verified.Status);
        Assert.Empty(verified.VerifyEmail(VerificationId, Now.AddHours(1)));
    }

    [Fact]
    public void Signing_up_again_before_verifying_replaces_the_verification_link_and_changes_nothing_after()
    {
        var pending = SignedUpPerson();
        var renewed = pending.RenewSignUp(" Ann B. Archer ", LinkId, RenewedVerificationId, Now.AddHours(30)).ToList();

        Assert.Equal([new SignUpRenewed(PersonId, Acme, "Ann B. Archer", LinkId, RenewedVerificationId, Now.AddHours(54), Now.AddHours(30))], renewed);
        var current = Person.Evolve(pending, renewed[0])!;
        Assert.Equal("token", Refusal(() => current.VerifyEmail(VerificationId, Now.AddHours(31))).Field);
        Assert.Single(current.VerifyEmail(RenewedVerificationId, Now.AddHours(31)));

        var verified = Person.Evolve(current, new EmailVerified(PersonId, Acme, RenewedVerificationId, Now.AddHours(31)))!;
        Assert.Empty(verified.RenewSignUp("Mallory", LinkId, Guid.NewGuid(), Now.AddHours(32)));
    }

    [Fact]
    public void An_invitation_is_not_verified_as_a_sign_up_nor_a_sign_up_accepted_as_an_invitation()
    {
        var invited = Person.Evolve(null, Person.Invite(Admin, PersonId, "ann@acme.test", "Ann", Role.ClientMember, Acme, true, VerificationId, Now))!;

        Assert.Equal("token", Refusal(() => invited.VerifyEmail(VerificationId, Now)).Field);
        Assert.Equal("token", Refusal(() => SignedUpPerson().AcceptInvitation(VerificationId, Now)).Field);
    }

    private static PortalLink Used(PortalLink link) => PortalLink.Evolve(link, new PortalLinkUsed(LinkId, Acme, Guid.NewGuid(), Now))!;

    private static Person SignedUpPerson() =>
        Person.Evolve(null, Assert.IsType<SignedUp>(AcmeLink.SignUp(PersonId, "ann@acme.test", "Ann", null, VerificationId, Now)).Person)!;

    private static CommandRejected Refusal(Func<IEnumerable<object>> decide) => Assert.Throws<CommandRejected>(() => decide().ToList());
}
