using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Teams;
using Wolverine.Marten;

namespace Milestone.Api.Teams;

public sealed record CreateTeam(Guid TeamId, string Name, Actor Actor) : IActorCommand;

public sealed class CreateTeamValidator : AbstractValidator<CreateTeam>
{
    public CreateTeamValidator()
    {
        RuleFor(command => command.TeamId).NotEmpty();
        RuleFor(command => command.Name).MaximumLength(Team.NameMaxLength);
    }
}

public static class CreateTeamHandler
{
    public static IStartStream Handle(CreateTeam command, TimeProvider time) =>
        MartenOps.StartStream<Team>(command.TeamId, Team.Create(command.TeamId, command.Name, command.Actor, time.GetUtcNow()));
}
