namespace Milestone.Api.Tests.Operability;

/// <summary><c>describe</c> shows every setting and where it came from, but never a secret's value.</summary>
public sealed class DescribeTests
{
    private const string SigningKey = "c2lnbmluZy1rZXktb2YtdGhlLWRlc2NyaWJlLXRlc3Q=";
    private const string SmtpPassword = "smtp-Pw-0451";
    private const string TenantPassword = "north-Pw-88";

    [Fact]
    public async Task Describe_redacts_the_database_password_the_signing_key_and_the_smtp_password()
    {
        var database = new NpgsqlConnectionStringBuilder(await TestDatabaseServer.CreateDatabaseAsync());
        database.Password ??= "db-Pw-2207";

        var described = await HostCommand.RunAsync(
            database.ConnectionString,
            [
                ("Milestone:Auth:SigningKey", SigningKey),
                ("Milestone:Smtp:Host", "127.0.0.1"),
                ("Milestone:Smtp:FromAddress", "milestone@tests.invalid"),
                ("Milestone:Smtp:Username", "relay"),
                ("Milestone:Smtp:Password", SmtpPassword),
                ("Milestone:Tenants:north:ConnectionString", $"Host=127.0.0.1;Database=north;Username=milestone;Password={TenantPassword}"),
            ],
            "describe", "--title", "IConfiguration Preview");

        Assert.True(described.ExitCode == 0, described.Errors);
        Assert.Contains("SigningKey", described.Output);
        Assert.Contains("relay", described.Output);
        // A long value is wrapped over several lines of the tree; its first characters always stay together.
        Assert.DoesNotContain(SigningKey[..16], described.Output);
        Assert.DoesNotContain(SmtpPassword, described.Output);
        Assert.DoesNotContain(database.Password, described.Output);
        Assert.DoesNotContain(TenantPassword, described.Output);
    }
}
