using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Sessions;

public sealed record SignIn(string Email, string Password, string? TwoFactorCode, string? RecoveryCode);

public sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(320);
        RuleFor(command => command.Password).NotEmpty().MaximumLength(PasswordPolicy.MaximumLength * 4);
    }
}

public static class SignInHandler
{
    public static async Task<SessionOutcome> Handle(
        SignIn command,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TokenIssuer tokens,
        TimeProvider time,
        CancellationToken cancellation)
    {
        var manager = credentialManagers.For(session);
        var credentials = await manager.FindByEmailAsync(command.Email.Trim());
        if (credentials is null)
        {
            // Same work as a wrong password, so response times do not tell which e-mails exist.
            manager.PasswordHasher.VerifyHashedPassword(new Credentials(), DecoyHash, command.Password);
            return SessionOutcome.Failed(SessionFailure.InvalidCredentials);
        }

        if (await manager.IsLockedOutAsync(credentials))
        {
            return SessionOutcome.Failed(SessionFailure.LockedOut);
        }

        if (!await manager.CheckPasswordAsync(credentials, command.Password))
        {
            return await FailedAttempt(manager, credentials, SessionFailure.InvalidCredentials);
        }

        var account = await session.LoadAsync<PersonAccount>(credentials.Id, cancellation);
        if (account?.Status != PersonStatus.Active)
        {
            return SessionOutcome.Failed(SessionFailure.InvalidCredentials);
        }

        if (credentials.TwoFactorEnabled && await SecondFactor.CheckAsync(manager, credentials, command.TwoFactorCode, command.RecoveryCode) is { } failure)
        {
            return failure == SessionFailure.InvalidTwoFactorCode ? await FailedAttempt(manager, credentials, failure) : SessionOutcome.Failed(failure);
        }

        await manager.ResetAccessFailedCountAsync(credentials);
        var now = time.GetUtcNow();
        var signInSession = new SignInSession(Guid.CreateVersion7(now), credentials.Id, now);
        session.Insert(signInSession);
        return SessionOutcome.Succeeded(tokens.Issue(session, credentials.Id, signInSession.Id, now));
    }

    private static async Task<SessionOutcome> FailedAttempt(UserManager<Credentials> manager, Credentials credentials, SessionFailure failure)
    {
        await manager.AccessFailedAsync(credentials);
        return SessionOutcome.Failed(await manager.IsLockedOutAsync(credentials) ? SessionFailure.LockedOut : failure);
    }

    private static readonly string DecoyHash = new PasswordHasher<Credentials>().HashPassword(new Credentials(), Guid.NewGuid().ToString());
}
