using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Withdraw a request that is still open.</summary>
public sealed record CancelRequest(Guid RequestId, int Version, Actor Actor, string Reason) : IActorCommand;

public sealed class CancelRequestValidator : AbstractValidator<CancelRequest>
{
    public CancelRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Reason).IsAReason();
    }
}

public static class CancelRequestHandler
{
    public static Events Handle(CancelRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Cancel(command.Actor, command.Reason, time.GetUtcNow())];
}
