namespace Milestone.Api.Organisations;

/// <summary>A command on one client organisation, whose mutation answers with the organisation as the command left it.</summary>
public interface IClientOrganisationChange : IActorCommand
{
    Guid ClientId { get; }
}
