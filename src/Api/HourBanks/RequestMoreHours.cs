namespace Milestone.Api.HourBanks;

/// <summary>
/// The client asks for more hours: a task for staff (<see cref="Notifications.BankNotificationsHandler"/>), not a credit. The
/// caller may choose the request's id, so a retry asks once.
/// </summary>
public sealed record RequestMoreHours(Guid ClientId, Guid? ClientRequestId, int Minutes, string? Note, Actor Actor) : IHourBankCommand
{
    public Guid BankId => HourBank.IdFor(ClientId);

    public Guid HoursRequestId { get; } = ClientRequestId ?? Guid.CreateVersion7();
}

public static class RequestMoreHoursHandler
{
    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();

    public static Events Handle(RequestMoreHours command, [WriteAggregate(nameof(RequestMoreHours.BankId))] HourBank bank, TimeProvider time) =>
        [.. bank.RequestMoreHours(command.Actor, command.HoursRequestId, command.Minutes, command.Note, time.GetUtcNow())];
}
