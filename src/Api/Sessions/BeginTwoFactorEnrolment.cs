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
        [ReadAggregate] Person person,
        IDocumentSession session,
        CredentialManagers credentialManagers,
        TimeProvider time)
    {
        person.BeginTwoFactorEnrolment(command.SignedInAt, time.GetUtcNow());
        var (manager, credentials) = await credentialManagers.OfAsync(session, person.Id);
        await manager.ResetAuthenticatorKeyAsync(credentials);
        var key = (await manager.GetAuthenticatorKeyAsync(credentials))!;
        return new TwoFactorEnrolment(key, $"otpauth://totp/{Issuer}:{Uri.EscapeDataString(credentials.Email)}?secret={key}&issuer={Issuer}&digits=6");
    }
}
