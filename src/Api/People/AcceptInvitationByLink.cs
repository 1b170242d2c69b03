namespace Milestone.Api.People;

/// <summary>
/// Accept an invitation with the token of its link: the link names the person and the invitation, and
/// <see cref="AcceptInvitation"/> then decides.
/// </summary>
public sealed record AcceptInvitationByLink(string Token, string Password);

public static class AcceptInvitationByLinkHandler
{
    /// <summary>The person who accepted.</summary>
    public static async Task<Guid> Handle(AcceptInvitationByLink command, IQuerySession session, IMessageBus bus, CancellationToken cancellation)
    {
        var invitation = await session.Query<InvitationToken>()
            .FirstOrDefaultAsync(token => token.TokenHash == SecretToken.HashOf(command.Token), cancellation)
            ?? throw new CommandRejected(Rejection.Invalid, Person.InvitationLinkInvalid, "token");

        await bus.InvokeAsync(new AcceptInvitation(invitation.PersonId, invitation.Id, command.Password), cancellation);
        return invitation.PersonId;
    }
}
