using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Stop sharing the request with a person.</summary>
public sealed record UnshareRequest(Guid RequestId, int Version, Actor Actor, Guid PersonId) : IActorCommand;

public sealed class UnshareRequestValidator : AbstractValidator<UnshareRequest>
{
    public UnshareRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.PersonId).NotEmpty();
    }
}

public static class UnshareRequestHandler
{
    public static Events Handle(UnshareRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Unshare(command.Actor, command.PersonId, time.GetUtcNow())];
}
