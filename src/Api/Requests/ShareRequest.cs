using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Let another person of the same client follow the request.</summary>
public sealed record ShareRequest(Guid RequestId, int Version, Actor Actor, Guid PersonId) : IActorCommand;

public sealed class ShareRequestValidator : AbstractValidator<ShareRequest>
{
    public ShareRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.PersonId).NotEmpty();
    }
}

public static class ShareRequestHandler
{
    public static Events Handle(ShareRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Share(command.Actor, command.PersonId, time.GetUtcNow())];
}
