namespace Milestone.Api.HourBanks;

/// <summary>A command on one client's bank: the client names it, since a client has at most one (<see cref="HourBank.IdFor"/>).</summary>
public interface IHourBankCommand : IActorCommand
{
    Guid ClientId { get; }
}
