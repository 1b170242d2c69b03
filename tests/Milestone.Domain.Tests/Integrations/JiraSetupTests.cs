
namespace Milestone.Domain.Tests.Integrations;

public sealed class JiraSetupTests
{
    private const string Secret = "a-secret-of-16-chars";

    [Fact]
    public void An_admin_connects_a_site_over_https_with_the_account_trimmed()
    {
        var site = JiraSetup.Connect(Admin, " https://acme.atlassian.net ", " sync@acme.test ", " token ", Secret);

        Assert.Equal(new JiraSite(new Uri("https://acme.atlassian.net"), "sync@acme.test", "token", Secret), site);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), JiraSetup.Connect(Admin, "http://127.0.0.1:9/", "sync@acme.test", "token", Secret).SiteUrl);
    }

    [Theory]
    [InlineData("acme.atlassian.net", "sync@acme.test", "token", Secret, "siteUrl")]
    [InlineData("http://acme.atlassian.net", "sync@acme.test", "token", Secret, "siteUrl")]
    [InlineData("https://acme.atlassian.net", "sync", "token", Secret, "accountEmail")]
    [InlineData("https://acme.atlassian.net", "sync@acme.test", " ", Secret, "apiToken")]
    [InlineData("https://acme.atlassian.net", "sync@acme.test", "token", "too-short", "webhookSecret")]
    public void A_connection_that_cannot_work_is_refused_naming_the_field(string siteUrl, string email, string token, string secret, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => JiraSetup.Connect(Admin, siteUrl, email, token, secret));

        Assert.Equal((Rejection.Invalid, field), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void Only_those_who_manage_integrations_change_the_Jira_settings()
    {
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => JiraSetup.Connect(TeamLead, "https://acme.atlassian.net", "sync@acme.test", "token", Secret)).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => JiraSetup.MapClient(TeamLead, Acme, clientExists: true, "ACME", "Task", "Subtask")).Rejection);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => JiraSetup.LinkAccount(TeamLead, "5b10ac8d82e05b22cc7d4ef5")).Rejection);
    }

    [Fact]
    public void A_client_is_mapped_to_a_project_key_with_its_issue_types_trimmed()
    {
        Assert.Equal(new JiraProject("ACME_2", "Task", "Sub-task"), JiraSetup.MapClient(Admin, Acme, clientExists: true, " ACME_2 ", " Task ", "Sub-task"));
    }

    [Theory]
    [InlineData("acme", "Task", "Subtask", "projectKey")]
    [InlineData("A", "Task", "Subtask", "projectKey")]
    [InlineData("ACME", " ", "Subtask", "issueType")]
    [InlineData("ACME", "Task", null, "subtaskIssueType")]
    public void A_mapping_Jira_would_not_accept_is_refused_naming_the_field(string key, string? issueType, string? subtaskIssueType, string field)
    {
        var rejected = Assert.Throws<CommandRejected>(() => JiraSetup.MapClient(Admin, Acme, clientExists: true, key, issueType, subtaskIssueType));

        Assert.Equal((Rejection.Invalid, field), (rejected.Rejection, rejected.Field));
    }

    [Fact]
    public void A_client_that_is_not_there_or_outside_the_admins_scope_is_not_found()
    {
        var scoped = Admin with { StaffScope = [Guid.Parse("0193a1b2-0000-7000-8000-0000000000c2")] };

        var unknown = Assert.Throws<CommandRejected>(() => JiraSetup.MapClient(Admin, Acme, clientExists: false, "ACME", "Task", "Subtask"));
        var unseen = Assert.Throws<CommandRejected>(() => JiraSetup.MapClient(scoped, Acme, clientExists: true, "ACME", "Task", "Subtask"));

        Assert.Equal((Rejection.NotFound, "There is no such client."), (unknown.Rejection, unknown.Message));
        Assert.Equal((Rejection.NotFound, "There is no such client."), (unseen.Rejection, unseen.Message));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("an-account-id-far-longer-than-any-jira-account-id-is-which-is-at-most-one-hundred-and-twenty-eight-characters-long-so-this-one-fails")]
    public void A_jira_account_id_is_1_to_128_characters(string accountId)
    {
        var rejected = Assert.Throws<CommandRejected>(() => JiraSetup.LinkAccount(Admin, accountId));

        Assert.Equal((Rejection.Invalid, "accountId"), (rejected.Rejection, rejected.Field));
        Assert.Equal("5b10ac8d", JiraSetup.LinkAccount(Admin, " 5b10ac8d "));
    }
}
