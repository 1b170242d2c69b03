using FluentValidation;
using Marten;
using Milestone.Domain.People;
using Milestone.Domain.Sla;
using Wolverine.Marten;

namespace Milestone.Api.Sla;

/// <summary>A new version of a policy: requests submitted from now on count under it, running clocks keep theirs.</summary>
public sealed record ReviseSlaPolicy(Guid PolicyId, int Version, SlaPolicySettings Settings, Actor Actor) : IActorCommand;

public sealed class ReviseSlaPolicyValidator : AbstractValidator<ReviseSlaPolicy>
{
    public ReviseSlaPolicyValidator()
    {
        RuleFor(command => command.PolicyId).NotEmpty();
        RuleFor(command => command.Settings.CalendarId).NotEmpty();
    }
}

public static class ReviseSlaPolicyHandler
{
    public static async Task<Events> Handle(
        ReviseSlaPolicy command,
        [WriteAggregate(nameof(ReviseSlaPolicy.PolicyId))] SlaPolicy policy,
        IDocumentSession session,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var revised = policy.Revise(command.Settings, command.Actor, time.GetUtcNow()).ToList();
        await session.RequireCalendarAsync(command.Settings.CalendarId, cancellation);
        return [.. revised];
    }
}
