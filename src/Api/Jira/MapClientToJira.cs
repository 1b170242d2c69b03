using FluentValidation;
using Marten;
using Milestone.Domain.People;
using Milestone.Domain.Requests;

namespace Milestone.Api.Jira;

/// <summary>Sync a client's requests to a Jira project, with its issue types, urgency → priority and status names.</summary>
public sealed record MapClientToJira(
    Guid ClientId,
    string ProjectKey,
    string IssueType,
    string SubtaskIssueType,
    IReadOnlyDictionary<Urgency, string> Priorities,
    IReadOnlyDictionary<RequestStatus, string> Statuses,
    bool WorklogsBillable,
    Actor Actor) : IActorCommand;

public sealed class MapClientToJiraValidator : AbstractValidator<MapClientToJira>
{
    public MapClientToJiraValidator()
    {
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.ProjectKey).Matches("^[A-Z][A-Z0-9_]{1,9}$").WithMessage("A Jira project key: 2–10 capital letters, digits or underscores, starting with a letter.");
        RuleFor(command => command.IssueType).NotEmpty();
        RuleFor(command => command.SubtaskIssueType).NotEmpty();
    }
}

public static class MapClientToJiraHandler
{
    public static void Handle(MapClientToJira command, IDocumentSession session, TimeProvider time) =>
        session.Store(new JiraClientMapping(
            command.ClientId, command.ProjectKey, command.IssueType.Trim(), command.SubtaskIssueType.Trim(),
            command.Priorities, command.Statuses, command.WorklogsBillable, command.Actor.PersonId, time.GetUtcNow()));
}
