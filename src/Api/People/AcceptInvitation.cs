using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.People;

public sealed record AcceptInvitation(Guid PersonId, Guid InvitationId, string Password) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator(PasswordPolicy policy)
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.Password).Custom((password, context) =>
        {
            if (policy.Problem(password) is { } problem)
            {
                context.AddFailure(nameof(AcceptInvitation.Password), problem);
            }
        });
    }
}

public static class AcceptInvitationHandler
{
    public static (Events, IEnumerable<IMartenOp>) Handle(
        AcceptInvitation command,
        [WriteAggregate] Person person,
        IPasswordHasher<Credentials> passwordHasher,
        TimeProvider time)
    {
        var events = person.AcceptInvitation(command.InvitationId, time.GetUtcNow()).ToList();
        if (events.Count == 0)
        {
            return ([], []);
        }

        var credentials = new Credentials { Id = person.Id, Email = person.Email, NormalizedEmail = PersonAccount.Normalize(person.Email) };
        credentials.PasswordHash = passwordHasher.HashPassword(credentials, command.Password);
        return ([.. events], [MartenOps.Insert(credentials), MartenOps.Delete<InvitationToken>(command.InvitationId)]);
    }
}
