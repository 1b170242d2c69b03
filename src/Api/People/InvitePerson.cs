using FluentValidation;

namespace Milestone.Api.People;

/// <summary>
/// Invite someone by e-mail, by the actor, or by nobody for the first administrator. <see cref="Token"/> is the
/// secret of the link; only its hash is stored.
/// </summary>
public sealed record InvitePerson(Actor? Actor, [NewId] Guid PersonId, string Email, string Name, Role Role, Guid? ClientId) : IAuditedCommand
{
    public Guid InvitationId { get; init; } = Guid.NewGuid();

    public string Token { get; init; } = SecretToken.New();

    Guid? IAuditedCommand.AuditedPersonId => Actor?.PersonId;
}

/// <summary>The shape of an address and a name, which no decision can judge better.</summary>
public sealed class InvitePersonValidator : AbstractValidator<InvitePerson>
{
    public InvitePersonValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(320).EmailAddress();
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name is required.").MaximumLength(200);
        RuleFor(command => command.Role).IsInEnum();
    }
}

/// <summary>What the decision needs to know besides the command: whether the address is taken, whether the client exists.</summary>
public sealed record InviteeFacts(PersonAccount? SameEmail, bool NamedClientExists);

public static class InvitePersonHandler
{
    public static async Task<InviteeFacts> LoadAsync(InvitePerson command, IQuerySession session, CancellationToken cancellation) => new(
        await session.Query<PersonAccount>().FirstOrDefaultAsync(account => account.NormalizedEmail == PersonAccount.Normalize(command.Email), cancellation),
        command.ClientId is { } clientId && await session.LoadAsync<ClientOrganisationDetails>(clientId, cancellation) is not null);

    public static (IStartStream, IMartenOp, SendEmail) Handle(
        InvitePerson command,
        InviteeFacts facts,
        Envelope envelope,
        EmailLinks links,
        TimeProvider time)
    {
        var invited = Person.Invite(
            command.Actor, command.PersonId, command.Email, command.Name, command.Role, command.ClientId, facts.NamedClientExists, command.InvitationId, time.GetUtcNow());
        if (facts.SameEmail is not null)
        {
            throw new CommandRejected(Rejection.Conflict, "Someone with that e-mail address is already invited or a member.", "email");
        }

        return (
            MartenOps.StartStream<Person>(command.PersonId, invited),
            MartenOps.Insert(new InvitationToken(command.InvitationId, SecretToken.HashOf(command.Token), command.PersonId, invited.ExpiresAt)),
            InvitationEmail.For(invited.Email, invited.Name, invited.Role, links.Invitation(envelope.TenantId, command.Token), invited.ExpiresAt));
    }
}
