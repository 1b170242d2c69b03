namespace Milestone.Domain.Organisations;

/// <summary>
/// An organisation may require its people to sign in with two factors; for MSP staff the operator
/// decides in configuration. Whoever it applies to and has no second factor yet must enrol first.
/// </summary>
public static class TwoFactorRequirement
{
    /// <summary>Administrators for any client, a client admin for their own; setting it to what it already is changes nothing.</summary>
    public static IEnumerable<TwoFactorRequirementChanged> Set(Guid clientId, bool currentlyRequired, bool required, Actor actor, DateTimeOffset now)
    {
        ClientOrganisation.RequireWorksWith(actor, clientId);
        if (!actor.Role.MayRequireTwoFactor())
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not require two-factor sign-in.");
        }

        return currentlyRequired == required ? [] : [new TwoFactorRequirementChanged(clientId, required, actor.PersonId, now)];
    }

    public static bool MustEnrol(Role role, bool usesTwoFactor, bool clientRequiresIt, bool requiredForStaff) =>
        !usesTwoFactor && (role.IsStaff() ? requiredForStaff : clientRequiresIt);
}
