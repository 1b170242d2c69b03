namespace Milestone.Api.History;

/// <summary>The person a command is given by, as the command itself declares (<see cref="IAuditedCommand"/>).</summary>
public static class CommandActor
{
    /// <summary>Stamps the person on every event the command's session appends (Marten's <c>user_name</c>).</summary>
    public static void Stamp<TCommand>(TCommand command, IDocumentSession session) where TCommand : IAuditedCommand =>
        session.LastModifiedBy = command.AuditedPersonId?.ToString();
}
