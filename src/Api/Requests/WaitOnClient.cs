using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Put a request on hold until the client answers; SLA clocks pause.</summary>
public sealed record WaitOnClient(Guid RequestId, int Version, Actor Actor, string Reason) : IActorCommand;

public sealed class WaitOnClientValidator : AbstractValidator<WaitOnClient>
{
    public WaitOnClientValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Reason).IsAReason();
    }
}

public static class WaitOnClientHandler
{
    public static Events Handle(WaitOnClient command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.WaitOnClient(command.Actor, command.Reason, time.GetUtcNow())];
}
