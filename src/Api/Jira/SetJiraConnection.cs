using FluentValidation;
using Marten;
using Milestone.Domain.People;

namespace Milestone.Api.Jira;

/// <summary>Connect Milestone to a Jira Cloud site: where it is, the account and API token it calls with, and the secret Jira signs webhooks with.</summary>
public sealed record SetJiraConnection(Uri SiteUrl, string AccountEmail, string ApiToken, string WebhookSecret, Actor Actor) : IActorCommand;

public sealed class SetJiraConnectionValidator : AbstractValidator<SetJiraConnection>
{
    public const int MinimumSecretLength = 16;

    public SetJiraConnectionValidator()
    {
        RuleFor(command => command.SiteUrl)
            .Must(url => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.IsLoopback))
            .WithMessage("The site URL must be an absolute https:// address, such as https://your-company.atlassian.net.");
        RuleFor(command => command.AccountEmail).NotEmpty().EmailAddress();
        RuleFor(command => command.ApiToken).NotEmpty();
        RuleFor(command => command.WebhookSecret).MinimumLength(MinimumSecretLength);
    }
}

public static class SetJiraConnectionHandler
{
    public static void Handle(SetJiraConnection command, IDocumentSession session, TimeProvider time) =>
        session.Store(new JiraConnection(
            JiraConnection.Key, command.SiteUrl, command.AccountEmail.Trim(), command.ApiToken.Trim(), command.WebhookSecret, command.Actor.PersonId, time.GetUtcNow()));
}
