using JasperFx.Events;

namespace Milestone.Api.Projects;

/// <summary>Start a project for a client: PLANNED, numbered PRJ-0001, PRJ-0002, … across the MSP without gaps.</summary>
public sealed record CreateProject([NewId] Guid ProjectId, Guid ClientId, string Name, string? Description, DateOnly StartDate, DateOnly? EndDate, Actor Actor) : IActorCommand
{
    public Guid NumberingId => ProjectNumbering.StreamId;
}

public static class CreateProjectHandler
{
    /// <summary>Projects created at once race for the numbering stream; the ones that lose decide again on the number it holds now.</summary>
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppendsToASharedStream();

    public static async Task Handle(
        CreateProject command,
        [WriteAggregate(nameof(CreateProject.NumberingId), Required = false)] IEventStream<ProjectNumbering> numbering,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var clientExists = command.Actor.WorksWith(command.ClientId)
            && await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null;
        var (created, number) = Project.Create(
            command.ProjectId,
            command.ClientId,
            clientExists,
            new ProjectDetails(command.Name, command.Description ?? string.Empty, command.StartDate, command.EndDate),
            numbering.Aggregate ?? ProjectNumbering.Unused,
            command.Actor,
            time.GetUtcNow());
        numbering.AppendOne(number);
        session.Events.StartStream<Project>(command.ProjectId, created);
    }
}
