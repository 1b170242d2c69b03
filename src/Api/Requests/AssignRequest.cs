using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Give the request to an agent, or take it from whoever has it (no assignee).</summary>
public sealed record AssignRequest(Guid RequestId, int Version, Actor Actor, Guid? AssigneeId) : IActorCommand;

public sealed class AssignRequestValidator : AbstractValidator<AssignRequest>
{
    public AssignRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
    }
}

public static class AssignRequestHandler
{
    public static Events Handle(AssignRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Assign(command.Actor, command.AssigneeId, time.GetUtcNow())];
}
