namespace Milestone.Api.Notifications;

/// <summary>The caller chooses, per kind, how notifications reach them by e-mail, and the hour of their daily digest.</summary>
public sealed record ChangeNotificationPreferences(IReadOnlyList<KindDelivery> Email, int DigestHour, Actor Actor) : IActorCommand
{
    public Guid PersonId => Actor.PersonId;
}

public static class ChangeNotificationPreferencesHandler
{
    public static Events Handle(ChangeNotificationPreferences command, [WriteAggregate] Person person, TimeProvider time) =>
        [.. person.ChangeNotificationPreferences(command.Actor, command.Email, command.DigestHour, time.GetUtcNow())];
}
