namespace Milestone.Api.Tests.Operability;

/// <summary>
/// A refused command is the caller's mistake, not ours: it is logged at Information with its code and ids,
/// and nothing the caller wrote (customer text, passwords, codes) reaches the log at any level.
/// </summary>
// A host of its own: it reads the host's whole log, which other classes' calls would fill.
public sealed class RefusalsInLogsTests(MilestoneAppWithLogs app) : IClassFixture<MilestoneAppWithLogs>
{
    private const string CustomerText = "Zebra-7731 payroll of Dana Whitfield";

    [Fact]
    public async Task A_command_that_fails_validation_logs_its_code_and_not_the_customers_text()
    {
        var acme = await app.ClientUserAsync();

        var logged = await app.Logs.DuringAsync(async () =>
        {
            var input = new { title = CustomerText, description = CustomerText + new string('d', 20_001) };
            var response = await app.Host.GraphQLAsync(RequestDocuments.Submit, new { input }, acme);
            Assert.Equal("VALIDATION", response.SingleError().Code());
        });

        AssertRefusalLogged(logged, "VALIDATION", CustomerText);
    }

    [Fact]
    public async Task A_sign_in_that_fails_validation_logs_neither_the_password_nor_the_codes()
    {
        var password = CustomerText + new string('p', 2_000);

        var logged = await app.Logs.DuringAsync(async () =>
        {
            var input = new { email = "dana@acme.test", password, twoFactorCode = CustomerText, recoveryCode = CustomerText };
            var response = await app.Host.GraphQLAsync(Identities.SignIn, new { input });
            Assert.Equal("VALIDATION", response.SingleError().Code());
        });

        AssertRefusalLogged(logged, "VALIDATION", CustomerText);
    }

    private static void AssertRefusalLogged(IReadOnlyList<LogEntry> logged, string code, string secret)
    {
        Assert.DoesNotContain(logged, entry => entry.Level >= LogLevel.Error);
        Assert.DoesNotContain(logged, entry => entry.Contains(secret));
        var refusal = Assert.Single(logged, entry => entry.Level == LogLevel.Information && entry.Message.Contains(code, StringComparison.Ordinal));
        Assert.Null(refusal.Exception);
    }
}
