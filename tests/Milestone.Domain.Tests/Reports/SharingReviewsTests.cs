namespace Milestone.Domain.Tests.Reports;

public sealed class SharingReviewsTests
{
    private static readonly Guid LinkId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000e1");
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Theory]
    [InlineData(Role.Admin)]
    [InlineData(Role.AccountManager)]
    public void Account_managers_and_administrators_share_a_clients_review_for_a_while(Role role)
    {
        var actor = Admin with { Role = role };

        Assert.Equal(
            new ReportLinkCreated(LinkId, Acme, "2026-Q4", "hash", Now + Week, actor.PersonId, Now),
            ReportLink.Create(LinkId, Acme, clientExists: true, "2026-q4", "hash", Week, actor, Now));
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.TeamLead)]
    [InlineData(Role.Executive)]
    [InlineData(Role.ClientAdmin)]
    public void Nobody_else_shares_a_review(Role role)
    {
        var actor = role.IsStaff() ? Agent with { Role = role } : ClientAdmin;

        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => ReportLink.Create(LinkId, Acme, true, "2026-Q4", "hash", Week, actor, Now)).Rejection);
    }

    [Fact]
    public void A_client_nobody_may_see_is_not_found_like_one_that_does_not_exist()
    {
        var scoped = AccountManager with { StaffScope = [Globex] };

        Assert.Equal((Rejection.NotFound, "clientId"), Refusal(() => ReportLink.Create(LinkId, Acme, true, "2026-Q4", "hash", Week, scoped, Now)));
        Assert.Equal((Rejection.NotFound, "clientId"), Refusal(() => ReportLink.Create(LinkId, Acme, true, "2026-Q4", "hash", Week, Outsider, Now)));
        Assert.Equal((Rejection.NotFound, "clientId"), Refusal(() => ReportLink.Create(LinkId, Acme, false, "2026-Q4", "hash", Week, Admin, Now)));
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026Q4")]
    [InlineData("")]
    public void A_quarter_is_yyyy_Qn(string quarter)
    {
        Assert.Equal((Rejection.Invalid, "quarter"), Refusal(() => ReportLink.Create(LinkId, Acme, true, quarter, "hash", Week, Admin, Now)));
    }

    [Fact]
    public void A_link_opens_until_it_expires_or_is_revoked_and_is_revoked_once()
    {
        var link = Given(ReportLink.Create(LinkId, Acme, true, "2026-Q4", "hash", Week, AccountManager, Now));

        Assert.True(link.Opens(Now + Week - TimeSpan.FromSeconds(1)));
        Assert.False(link.Opens(Now + Week));
        var revoked = Assert.IsType<ReportLinkRevoked>(Assert.Single(link.Revoke(Admin, Now.AddHours(1))));
        Assert.Equal(new ReportLinkRevoked(LinkId, Acme, Admin.PersonId, Now.AddHours(1)), revoked);
        var gone = ReportLink.Evolve(link, revoked)!;
        Assert.False(gone.Opens(Now.AddHours(2)));
        Assert.Empty(gone.Revoke(Admin, Now.AddHours(2)));
    }

    [Fact]
    public void A_link_of_a_client_one_does_not_work_with_is_not_there_to_revoke()
    {
        var link = Given(ReportLink.Create(LinkId, Acme, true, "2026-Q4", "hash", Week, Admin, Now));

        Assert.Equal((Rejection.NotFound, "id"), Refusal(() => link.Revoke(AccountManager with { StaffScope = [Globex] }, Now)));
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => link.Revoke(Agent, Now)).Rejection);
    }

    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31", "2025-Q4")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31", "2026-Q3")]
    public void A_quarter_has_its_days_and_the_one_before(string quarter, string first, string last, string previous)
    {
        var days = Quarter.Parse(quarter)!.Value;

        Assert.Equal((DateOnly.ParseExact(first, "yyyy-MM-dd"), DateOnly.ParseExact(last, "yyyy-MM-dd")), days);
        Assert.Equal(previous, Quarter.Previous(days.First));
    }

    private static ReportLink Given(ReportLinkCreated created) => ReportLink.Evolve(null, created)!;

    private static (Rejection, string?) Refusal(Action decide)
    {
        var rejected = Assert.Throws<CommandRejected>(decide);
        return (rejected.Rejection, rejected.Field);
    }
}
