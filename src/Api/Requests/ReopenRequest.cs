using FluentValidation;
using Microsoft.Extensions.Options;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Open a completed request again: by its client within the reopen window, by staff at any time.</summary>
public sealed record ReopenRequest(Guid RequestId, int Version, Actor Actor, string Reason) : IActorCommand;

public sealed class ReopenRequestValidator : AbstractValidator<ReopenRequest>
{
    public ReopenRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Reason).IsAReason();
    }
}

public static class ReopenRequestHandler
{
    public static Events Handle(ReopenRequest command, [WriteAggregate] Request request, IOptions<RequestSettings> settings, TimeProvider time) =>
        [.. request.Reopen(command.Actor, command.Reason, settings.Value.ClientReopenWindow, time.GetUtcNow())];
}
