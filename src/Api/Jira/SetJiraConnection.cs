using Milestone.Domain.Integrations;

namespace Milestone.Api.Jira;

/// <summary>Connect Milestone to a Jira Cloud site: where it is, the account and API token it calls with, and the secret Jira signs webhooks with.</summary>
public sealed record SetJiraConnection(string SiteUrl, string AccountEmail, string ApiToken, string WebhookSecret, Actor Actor) : IActorCommand;

public static class SetJiraConnectionHandler
{
    public static void Handle(SetJiraConnection command, IDocumentSession session, TimeProvider time)
    {
        var site = JiraSetup.Connect(command.Actor, command.SiteUrl, command.AccountEmail, command.ApiToken, command.WebhookSecret);
        session.Store(new JiraConnection(JiraConnection.Key, site.SiteUrl, site.AccountEmail, site.ApiToken, site.WebhookSecret, command.Actor.PersonId, time.GetUtcNow()));
    }
}
