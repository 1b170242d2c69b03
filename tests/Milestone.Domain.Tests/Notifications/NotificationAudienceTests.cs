using Milestone.Domain.Notifications;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Notifications;

public sealed class NotificationAudienceTests
{
    private static readonly Guid MessageId = Guid.Parse("0193a1b2-0000-7000-8000-0000000000b1");

    private static readonly RequestParties Shared = new(RequestId, Acme, Member.PersonId, [Colleague.PersonId], Agent.PersonId);

    [Fact]
    public void A_staff_reply_tells_the_submitter_and_those_it_is_shared_with()
    {
        Assert.Equal(
            [new Notice(Member.PersonId, NotificationKind.StaffReply), new Notice(Colleague.PersonId, NotificationKind.StaffReply)],
            NotificationAudience.OfMessage(Posted(Agent, byStaff: true), Shared));
    }

    [Fact]
    public void An_internal_note_tells_nobody()
    {
        Assert.Empty(NotificationAudience.OfMessage(Posted(Agent, byStaff: true) with { Internal = true }, Shared));
    }

    [Fact]
    public void A_client_reply_tells_the_assignee_and_nobody_is_told_of_their_own_message()
    {
        Assert.Equal([new Notice(Agent.PersonId, NotificationKind.ClientReply)], NotificationAudience.OfMessage(Posted(Member, byStaff: false), Shared));
        Assert.Empty(NotificationAudience.OfMessage(Posted(Member, byStaff: false), Shared with { AssigneeId = null }));
        Assert.Equal(
            [new Notice(Member.PersonId, NotificationKind.StaffReply)],
            NotificationAudience.OfMessage(Posted(Colleague, byStaff: true), Shared));
    }

    [Fact]
    public void A_status_change_tells_the_clients_side_but_not_whoever_made_it()
    {
        Assert.Equal([new Notice(Colleague.PersonId, NotificationKind.StatusChanged)], NotificationAudience.OfStatusChange(Member.PersonId, Shared));
        Assert.Equal(2, NotificationAudience.OfStatusChange(Agent.PersonId, Shared).Count());
    }

    [Fact]
    public void Being_assigned_by_someone_else_tells_the_assignee_and_taking_a_request_oneself_tells_nobody()
    {
        Assert.Equal(
            [new Notice(Agent.PersonId, NotificationKind.AssignedToYou)],
            NotificationAudience.OfAssignment(new RequestAssigned(RequestId, Acme, Agent.PersonId, null, TeamLead.PersonId, Now)));
        Assert.Empty(NotificationAudience.OfAssignment(new RequestAssigned(RequestId, Acme, Agent.PersonId, null, Agent.PersonId, Now)));
    }

    [Fact]
    public void An_sla_target_tells_the_agents_team_leads_and_account_managers_who_work_with_the_client()
    {
        var people = new[]
        {
            Recipient(Agent), Recipient(TeamLead), Recipient(AccountManager), Recipient(Admin), Recipient(Executive), Recipient(Member),
            Recipient(OtherAgent) with { ClientScope = [Globex] },
        };

        Assert.Equal(
            [Agent.PersonId, TeamLead.PersonId, AccountManager.PersonId],
            NotificationAudience.OfSlaTarget(NotificationKind.SlaBreached, Acme, people).Select(notice => notice.PersonId));
    }

    [Fact]
    public void A_low_balance_tells_the_clients_administrators_and_the_msps_administrators_and_account_managers_for_it()
    {
        var people = new[]
        {
            Recipient(ClientAdmin), Recipient(Member), Recipient(Admin), Recipient(AccountManager), Recipient(Agent),
            Recipient(Outsider) with { Role = Role.ClientAdmin }, Recipient(AccountManager) with { PersonId = Guid.NewGuid(), ClientScope = [Globex] },
        };

        Assert.Equal(
            [ClientAdmin.PersonId, Admin.PersonId, AccountManager.PersonId],
            NotificationAudience.OfLowBalance(Acme, people).Select(notice => notice.PersonId));
        Assert.Equal(
            [Admin.PersonId],
            NotificationAudience.OfMoreHoursRequested(Acme, AccountManager.PersonId, people).Select(notice => notice.PersonId));
    }

    [Fact]
    public void An_issued_invoice_tells_the_clients_administrators_and_an_overdue_one_the_accounts_staff_too()
    {
        var people = new[] { Recipient(ClientAdmin), Recipient(Member), Recipient(Admin), Recipient(AccountManager), Recipient(Outsider) with { Role = Role.ClientAdmin } };

        Assert.Equal([ClientAdmin.PersonId], NotificationAudience.OfInvoiceIssued(Acme, people).Select(notice => notice.PersonId));
        Assert.Equal(
            [ClientAdmin.PersonId, Admin.PersonId, AccountManager.PersonId],
            NotificationAudience.OfInvoiceOverdue(Acme, people).Select(notice => notice.PersonId));
        Assert.Equal([Admin.PersonId, AccountManager.PersonId], NotificationAudience.OfInvoiceDrafted(Guid.NewGuid(), Acme, people).Select(notice => notice.PersonId));
        Assert.Equal([AccountManager.PersonId], NotificationAudience.OfInvoiceDrafted(Admin.PersonId, Acme, people).Select(notice => notice.PersonId));
    }

    private static MessagePosted Posted(Actor author, bool byStaff) =>
        new(RequestId, Acme, MessageId, author.PersonId, byStaff, Internal: false, "Hello", Now);

    private static Recipient Recipient(Actor actor) => new(actor.PersonId, actor.Role, actor.ClientId, actor.StaffScope);
}
