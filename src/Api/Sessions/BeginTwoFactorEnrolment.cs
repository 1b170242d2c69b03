using FluentValidation;

namespace Milestone.Api.Sessions;

/// <summary>Start setting up an authenticator app. <see cref="SignedInAt"/> is when the caller's session signed in.</summary>
public sealed record BeginTwoFactorEnrolment(Guid PersonId, DateTimeOffset SignedInAt) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class BeginTwoFactorEnrolmentValidator : AbstractValidator<BeginTwoFactorEnrolment>
{
    public BeginTwoFactorEnrolmentValidator() => RuleFor(command => command.PersonId).NotEmpty();
}

/// <summary>The new authenticator key, as text and as an otpauth:// URI for a QR code.</summary>
public sealed record TwoFactorEnrolment(string SharedKey, string OtpauthUri);

public static class BeginTwoFactorEnrolmentHandler
{
    public const string Issuer = "Milestone";

    public static async Task<TwoFactorEnrolment> Handle(
        BeginTwoFactorEnrolment command,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        // Whoever turns two-factor sign-in on holds the account from then on, so it takes a fresh sign-in
        // (ASVS 3.7.1): a session stolen later cannot put the thief's authenticator on the account.
        if (time.GetUtcNow() - command.SignedInAt > Person.RecentSignIn)
        {
            throw new CommandRejected(Rejection.Forbidden, "Sign in again first: setting up two-factor sign-in needs a sign-in from the last 15 minutes.");
        }

        var manager = credentialManagers.For(session);
        var credentials = (await manager.FindByIdAsync(command.PersonId.ToString()))!;
        if (credentials.TwoFactorEnabled)
        {
            throw new CommandRejected(Rejection.Conflict, "Two-factor sign-in is already on; turn it off before setting up another authenticator.");
        }

        await manager.ResetAuthenticatorKeyAsync(credentials);
        var key = (await manager.GetAuthenticatorKeyAsync(credentials))!;
        return new TwoFactorEnrolment(key, $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(credentials.Email)}?secret={key}&issuer={Issuer}&digits=6");
    }
}
