using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Begin work on a submitted request, or resume it after waiting on the client.</summary>
public sealed record StartWork(Guid RequestId, int Version, Actor Actor) : IActorCommand;

public sealed class StartWorkValidator : AbstractValidator<StartWork>
{
    public StartWorkValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
    }
}

public static class StartWorkHandler
{
    public static Events Handle(StartWork command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.StartWork(command.Actor, time.GetUtcNow())];
}
