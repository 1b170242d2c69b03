using Milestone.Domain.Integrations;

namespace Milestone.Api.Jira;

/// <summary>Count a Jira account's worklogs and changes as this person's.</summary>
public sealed record LinkJiraAccount(string AccountId, Guid PersonId, Actor Actor) : IActorCommand;

public static class LinkJiraAccountHandler
{
    public static void Handle(LinkJiraAccount command, IDocumentSession session, TimeProvider time) =>
        session.Store(new JiraAccountLink(JiraSetup.LinkAccount(command.Actor, command.AccountId), command.PersonId, command.Actor.PersonId, time.GetUtcNow()));
}
