using FluentValidation;

namespace Milestone.Api.Sessions;

public sealed record RequestPasswordReset(string Email);

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() => RuleFor(command => command.Email).NotEmpty().MaximumLength(320).EmailAddress();
}

public static class RequestPasswordResetHandler
{
    // Whether the address is anyone's is looked at only after the caller has their answer (IssuePasswordReset
    // runs from a durable local queue), so the answer and the work before it are the same either way.
    public static IssuePasswordReset Handle(RequestPasswordReset command) => new(command.Email.Trim());
}
