using FluentValidation;
using Marten;
using Milestone.Domain.People;

namespace Milestone.Api.Jira;

/// <summary>Count a Jira account's worklogs and changes as this person's.</summary>
public sealed record LinkJiraAccount(string AccountId, Guid PersonId, Actor Actor) : IActorCommand;

public sealed class LinkJiraAccountValidator : AbstractValidator<LinkJiraAccount>
{
    public LinkJiraAccountValidator()
    {
        RuleFor(command => command.AccountId).NotEmpty().MaximumLength(128);
        RuleFor(command => command.PersonId).NotEmpty();
    }
}

public static class LinkJiraAccountHandler
{
    public static void Handle(LinkJiraAccount command, IDocumentSession session, TimeProvider time) =>
        session.Store(new JiraAccountLink(command.AccountId.Trim(), command.PersonId, command.Actor.PersonId, time.GetUtcNow()));
}
