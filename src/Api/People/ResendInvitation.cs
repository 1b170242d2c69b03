using FluentValidation;
using Milestone.Api.Email;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Wolverine;
using Wolverine.Marten;

namespace Milestone.Api.People;

public sealed record ResendInvitation(Guid PersonId, Guid InvitationId, string Token, Guid ResentBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => ResentBy;
}

public sealed class ResendInvitationValidator : AbstractValidator<ResendInvitation>
{
    public ResendInvitationValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.InvitationId).NotEmpty();
        RuleFor(command => command.Token).NotEmpty();
    }
}

public static class ResendInvitationHandler
{
    public static (Events, OutgoingMessages, IMartenOp, IMartenOp) Handle(
        ResendInvitation command,
        [WriteAggregate] Person person,
        Envelope envelope,
        PortalLinks links,
        TimeProvider time)
    {
        var resent = person.ResendInvitation(command.InvitationId, command.ResentBy, time.GetUtcNow());
        var email = InvitationEmail.For(person.Email, person.Name, person.Role, links.Invitation(envelope.TenantId, command.Token), resent.ExpiresAt);
        return (
            [resent],
            [email],
            MartenOps.Delete<InvitationToken>(person.InvitationId),
            MartenOps.Insert(new InvitationToken(command.InvitationId, SecretToken.HashOf(command.Token), person.Id, resent.ExpiresAt)));
    }
}
