using FluentValidation;
using Marten.Patching;

namespace Milestone.Api.Notifications;

/// <summary>
/// The caller has seen these entries of their own feed (all of them when <see cref="Ids"/> is null). Entries of anyone
/// else, or none at all, are left alone: marking is idempotent, and says nothing of other people's feeds.
/// </summary>
public sealed record MarkNotificationsRead(IReadOnlyList<Guid>? Ids, Actor Actor) : IActorCommand;

public sealed class MarkNotificationsReadValidator : AbstractValidator<MarkNotificationsRead>
{
    public const int MaxIds = 100;

    public MarkNotificationsReadValidator() =>
        RuleFor(command => command.Ids).Must(ids => ids is null || ids.Count <= MaxIds).WithMessage($"At most {MaxIds} at a time; mark all read to clear the rest.");
}

public static class MarkNotificationsReadHandler
{
    public static NotificationsRead Handle(MarkNotificationsRead command, TimeProvider time) =>
        new(command.Actor.PersonId, command.Ids, time.GetUtcNow());
}

public sealed record NotificationsRead(Guid PersonId, IReadOnlyList<Guid>? Ids, DateTimeOffset At) : IMartenOp
{
    public void Execute(IDocumentSession session)
    {
        var personId = PersonId;
        if (Ids is { } ids)
        {
            var named = ids.ToArray();
            session.Patch<Notification>(notification => notification.PersonId == personId && notification.ReadAt == null && named.Contains(notification.Id))
                .Set(notification => notification.ReadAt, At);
        }
        else
        {
            session.Patch<Notification>(notification => notification.PersonId == personId && notification.ReadAt == null)
                .Set(notification => notification.ReadAt, At);
        }
    }
}
