using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Milestone.Domain.PortalLinks;

namespace Milestone.Api.PortalLinks;

/// <summary>Sign up through a portal link. The answer is the same whatever happens; the e-mail to the address says what did.</summary>
public sealed record SignUp(string Token, string Email, string Name, string Password);

/// <summary>The shape of what was typed, which tells nothing about who is known.</summary>
public sealed class SignUpValidator : AbstractValidator<SignUp>
{
    public SignUpValidator(PasswordPolicy policy)
    {
        RuleFor(command => command.Token).NotEmpty().MaximumLength(200);
        RuleFor(command => command.Email).NotEmpty().MaximumLength(320).EmailAddress();
        RuleFor(command => command.Name).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name is required.").MaximumLength(200);
        RuleFor(command => command.Password).Custom((password, context) =>
        {
            if (policy.Problem(password) is { } problem)
            {
                context.AddFailure(nameof(SignUp.Password), problem);
            }
        });
    }
}

public static class SignUpHandler
{
    public static Task<PortalLink?> LoadAsync(SignUp command, IQuerySession session, CancellationToken cancellation) =>
        session.Query<PortalLink>().FirstOrDefaultAsync(link => link.TokenHash == SecretToken.HashOf(command.Token), cancellation);

    /// <summary>
    /// Whether the address is anyone's is looked at only after the caller has their answer (<see cref="JoinThroughLink"/>
    /// runs from a durable local queue), and the password is hashed either way, so the answer takes as long for
    /// every address. Only the hash is queued.
    /// </summary>
    public static OutgoingMessages Handle(SignUp command, PortalLink? link, IPasswordHasher<Credentials> passwordHasher)
    {
        var passwordHash = passwordHasher.HashPassword(new Credentials(), command.Password);
        return link is null ? [] : [new JoinThroughLink(link.Id, command.Email.Trim(), command.Name.Trim(), passwordHash)];
    }
}
