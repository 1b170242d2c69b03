using static Milestone.Domain.Tests.Requests.RequestFixture;

namespace Milestone.Domain.Tests.Requests;

public sealed class JiraIssueLinkTests
{
    private static readonly Actor FromJira = new(Guid.Parse("0193a1b2-0000-7000-8000-0000000000a1"), Role.Agent, null) { Source = ChangeSource.Jira };
    private const string Site = "https://msp.atlassian.net";

    [Fact]
    public void Deleting_the_linked_issue_in_Jira_unlinks_it_and_the_request_needs_a_new_one()
    {
        var linked = Given(PrinterJams(), Linked("10001", "ACME-1"));

        var events = linked.UnlinkDeletedJiraIssue(FromJira, "10001", "ACME-1", Now).ToList();
        var unlinked = Given([PrinterJams(), Linked("10001", "ACME-1"), .. events]);

        Assert.Equal([new JiraIssueUnlinked(RequestId, Acme, "10001", "ACME-1", FromJira.PersonId, Now, ChangeSource.Jira)], events);
        Assert.Null(unlinked.JiraIssue);
        Assert.True(unlinked.NeedsNewJiraIssue);
    }

    [Fact]
    public void A_deleted_issue_is_never_linked_again_but_a_new_one_is()
    {
        var unlinked = Given(PrinterJams(), Linked("10001", "ACME-1"), Unlinked("10001", "ACME-1"));

        Assert.Empty(unlinked.LinkJiraIssue("10001", "ACME-1", Site, Now));
        Assert.Equal([new JiraIssueLinked(RequestId, Acme, "10002", "ACME-2", Site, Now)], unlinked.LinkJiraIssue("10002", "ACME-2", Site, Now));
    }

    [Fact]
    public void Deleting_another_issue_or_the_same_one_again_changes_nothing()
    {
        var linked = Given(PrinterJams(), Linked("10001", "ACME-1"));
        var unlinked = Given(PrinterJams(), Linked("10001", "ACME-1"), Unlinked("10001", "ACME-1"));

        Assert.Empty(linked.UnlinkDeletedJiraIssue(FromJira, "10009", "ACME-9", Now));
        Assert.Empty(unlinked.UnlinkDeletedJiraIssue(FromJira, "10001", "ACME-1", Now));
    }

    [Fact]
    public void An_issue_deleted_before_its_link_was_recorded_is_never_linked()
    {
        var submitted = Given(PrinterJams());

        var unlinked = Given([PrinterJams(), .. submitted.UnlinkDeletedJiraIssue(FromJira, "10001", "ACME-1", Now)]);

        Assert.Empty(unlinked.LinkJiraIssue("10001", "ACME-1", Site, Now));
        Assert.True(unlinked.NeedsNewJiraIssue);
    }

    private static JiraIssueLinked Linked(string issueId, string issueKey) => new(RequestId, Acme, issueId, issueKey, Site, Now.AddMinutes(-30));

    private static JiraIssueUnlinked Unlinked(string issueId, string issueKey) => new(RequestId, Acme, issueId, issueKey, FromJira.PersonId, Now.AddMinutes(-10), ChangeSource.Jira);

}
