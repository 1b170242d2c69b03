using Milestone.Domain.People;

namespace Milestone.Domain.Organisations;

/// <summary>
/// An organisation may require its people to sign in with two factors; for MSP staff the operator
/// decides in configuration. Whoever it applies to and has no second factor yet must enrol first.
/// </summary>
public static class TwoFactorRequirement
{
    /// <summary>Setting the requirement to what it already is changes nothing.</summary>
    public static IEnumerable<TwoFactorRequirementChanged> Set(Guid clientId, bool currentlyRequired, bool required, Guid changedBy, DateTimeOffset now) =>
        currentlyRequired == required ? [] : [new TwoFactorRequirementChanged(clientId, required, changedBy, now)];

    public static bool MustEnrol(Role role, bool usesTwoFactor, bool clientRequiresIt, bool requiredForStaff) =>
        !usesTwoFactor && (role.IsStaff() ? requiredForStaff : clientRequiresIt);
}
