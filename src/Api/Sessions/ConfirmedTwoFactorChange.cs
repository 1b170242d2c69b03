using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Sessions;

/// <summary>
/// A change to one's own second factor that a current code must confirm first. A wrong code is an outcome, not an
/// exception, so that the failed attempt it counts towards lockout commits; only a confirmed change records the
/// decision and tells the person by e-mail.
/// </summary>
public static class ConfirmedTwoFactorChange
{
    public static async Task<(TwoFactorOutcome, Events, OutgoingMessages)> MakeAsync(
        Person person,
        object decided,
        string code,
        UserManager<Credentials> manager,
        Func<Credentials, Task<IEnumerable<string>>> change,
        string notice,
        DateTimeOffset now)
    {
        var credentials = (await manager.FindByIdAsync(person.Id.ToString()))!;
        if (await SecondFactor.ConfirmAsync(manager, credentials, code) is { } failure)
        {
            return (TwoFactorOutcome.Failed(failure), [], []);
        }

        var recoveryCodes = await change(credentials);
        return (TwoFactorOutcome.Succeeded(recoveryCodes), [decided], [SecurityNoticeEmail.For(person, notice, now)]);
    }
}
