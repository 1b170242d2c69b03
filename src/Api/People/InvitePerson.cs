using FluentValidation;
using Milestone.Api.Email;
using Milestone.Domain.Rules;
using Milestone.Projections.People;

namespace Milestone.Api.People;

/// <summary>Invite someone by e-mail. <see cref="Token"/> is the secret of the link; only its hash is stored.</summary>
public sealed record InvitePerson(
    Guid PersonId,
    Guid InvitationId,
    string Token,
    string Email,
    string Name,
    Role Role,
    Guid? ClientId,
    Guid? InvitedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => InvitedBy;
}

public sealed class InvitePersonValidator : AbstractValidator<InvitePerson>
{
    public InvitePersonValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.InvitationId).NotEmpty();
        RuleFor(command => command.Token).NotEmpty();
        RuleFor(command => command.Email).NotEmpty().MaximumLength(320).EmailAddress();
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name is required.").MaximumLength(200);
        RuleFor(command => command.Role).IsInEnum();
    }
}

public static class InvitePersonHandler
{
    public static Task<PersonAccount?> LoadAsync(InvitePerson command, IQuerySession session, CancellationToken cancellation) =>
        session.Query<PersonAccount>().FirstOrDefaultAsync(
            account => account.NormalizedEmail == PersonAccount.Normalize(command.Email), cancellation);

    public static (IStartStream, IMartenOp, SendEmail) Handle(
        InvitePerson command,
        PersonAccount? sameEmail,
        Envelope envelope,
        PortalLinks links,
        TimeProvider time)
    {
        if (sameEmail is not null)
        {
            throw new CommandRejected(Rejection.Conflict, "Someone with that e-mail address is already invited or a member.", "email");
        }

        var invited = Person.Invite(
            command.PersonId, command.Email, command.Name, command.Role, command.ClientId, command.InvitationId, command.InvitedBy, time.GetUtcNow());
        return (
            MartenOps.StartStream<Person>(command.PersonId, invited),
            MartenOps.Insert(new InvitationToken(command.InvitationId, SecretToken.HashOf(command.Token), command.PersonId, invited.ExpiresAt)),
            InvitationEmail.For(invited.Email, invited.Name, invited.Role, links.Invitation(envelope.TenantId, command.Token), invited.ExpiresAt));
    }
}
