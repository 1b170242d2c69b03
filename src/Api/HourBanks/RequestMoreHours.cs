using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.HourBanks;

/// <summary>The client asks for more hours: a task for staff (<see cref="HourBankNoticesHandler"/>), not a credit.</summary>
public sealed record RequestMoreHours(Guid BankId, Guid HoursRequestId, int Minutes, string? Note, Actor Actor) : IActorCommand;

public sealed class RequestMoreHoursValidator : AbstractValidator<RequestMoreHours>
{
    public RequestMoreHoursValidator()
    {
        RuleFor(command => command.BankId).NotEmpty();
        RuleFor(command => command.HoursRequestId).NotEmpty();
    }
}

public static class RequestMoreHoursHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(RequestMoreHours command, [WriteAggregate(nameof(RequestMoreHours.BankId))] HourBank bank, TimeProvider time) =>
        [.. bank.RequestMoreHours(command.Actor, command.HoursRequestId, command.Minutes, command.Note, time.GetUtcNow())];
}
