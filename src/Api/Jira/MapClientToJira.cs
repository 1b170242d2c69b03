using Milestone.Domain.Integrations;

namespace Milestone.Api.Jira;

/// <summary>Sync a client's requests to a Jira project, with its issue types, urgency → priority and status names.</summary>
public sealed record MapClientToJira(
    Guid ClientId,
    string ProjectKey,
    string? IssueType,
    string? SubtaskIssueType,
    IReadOnlyList<JiraPriorityMapping>? Priorities,
    IReadOnlyList<JiraStatusMapping>? Statuses,
    bool? WorklogsBillable,
    Actor Actor) : IActorCommand;

public static class MapClientToJiraHandler
{
    public static async Task Handle(MapClientToJira command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var clientExists = await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null;
        var project = JiraSetup.MapClient(command.Actor, command.ClientId, clientExists, command.ProjectKey, command.IssueType, command.SubtaskIssueType);
        session.Store(new JiraClientMapping(
            command.ClientId,
            project.ProjectKey,
            project.IssueType,
            project.SubtaskIssueType,
            (command.Priorities ?? []).ToDictionary(mapping => mapping.Urgency, mapping => mapping.Priority.Trim()),
            (command.Statuses ?? []).ToDictionary(mapping => mapping.Status, mapping => mapping.JiraStatus.Trim()),
            command.WorklogsBillable ?? true,
            command.Actor.PersonId,
            time.GetUtcNow()));
    }
}
