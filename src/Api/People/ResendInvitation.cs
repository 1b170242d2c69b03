namespace Milestone.Api.People;

/// <summary>Send a new invitation link; <see cref="Token"/> is its secret, and the previous link stops working.</summary>
public sealed record ResendInvitation(Guid PersonId, Actor Actor) : IActorCommand
{
    public Guid InvitationId { get; init; } = Guid.NewGuid();

    public string Token { get; init; } = SecretToken.New();
}

public static class ResendInvitationHandler
{
    public static (Events, OutgoingMessages, IMartenOp, IMartenOp) Handle(
        ResendInvitation command,
        [WriteAggregate] Person person,
        Envelope envelope,
        EmailLinks links,
        TimeProvider time)
    {
        var resent = person.ResendInvitation(command.InvitationId, command.Actor, time.GetUtcNow());
        var email = InvitationEmail.For(person.Email, person.Name, person.Role, links.Invitation(envelope.TenantId, command.Token), resent.ExpiresAt);
        return (
            [resent],
            [email],
            MartenOps.Delete<InvitationToken>(person.JoiningLinkId),
            MartenOps.Insert(new InvitationToken(command.InvitationId, SecretToken.HashOf(command.Token), person.Id, resent.ExpiresAt)));
    }
}
