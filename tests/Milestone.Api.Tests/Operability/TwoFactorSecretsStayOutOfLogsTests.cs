using Milestone.Api.Sessions;

namespace Milestone.Api.Tests.Operability;

/// <summary>Wolverine logs a failed command with its ToString(); these commands and answers carry codes, keys and passwords.</summary>
public sealed class TwoFactorSecretsStayOutOfLogsTests
{
    private const string Secret = "s3cret-that-must-not-be-logged";

    public static TheoryData<object> RecordsWithSecrets => new()
    {
        new ConfirmTwoFactor(Guid.NewGuid(), Secret),
        new DisableTwoFactor(Guid.NewGuid(), Secret),
        new RegenerateRecoveryCodes(Guid.NewGuid(), Secret),
        new ResetPassword(Guid.NewGuid(), Secret, Secret, Secret, Secret),
        new TwoFactorEnrolment(Secret, $"otpauth://totp/Milestone:dana%40acme.test?secret={Secret}"),
        TwoFactorOutcome.Succeeded([Secret]),
    };

    [Theory]
    [MemberData(nameof(RecordsWithSecrets))]
    public void A_record_describes_itself_without_its_secret(object record)
    {
        var described = record.ToString()!;

        Assert.DoesNotContain(Secret, described);
        Assert.StartsWith(record.GetType().Name, described);
    }
}
