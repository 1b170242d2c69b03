namespace Milestone.Domain.HourBanks;

/// <summary>Who may see a bank at all; to anyone else it is not there, exactly like a client without one.</summary>
public sealed partial record HourBank
{
    /// <summary>The client's own people, and staff who work for the client.</summary>
    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId);

    public static CommandRejected NoSuchHourBank() => new(Rejection.NotFound, "There is no such hour bank.");

    public static CommandRejected NoSuchClient() => new(Rejection.NotFound, "There is no such client.");

    private void RequireVisibleTo(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchHourBank();
        }
    }
}
