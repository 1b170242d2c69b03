using Microsoft.Extensions.Logging.Abstractions;

namespace Milestone.Api.Tests.Operability;

/// <summary>The embedded PostgreSQL lets in only whoever has the password kept beside its data directory.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgresTests
{
    [Fact]
    public async Task The_test_database_refuses_a_connection_without_the_password()
    {
        var withPassword = new NpgsqlConnectionStringBuilder(await TestDatabaseServer.CreateDatabaseAsync()) { Pooling = false };

        await AssertRefusedWithoutPassword(withPassword);
        await using var connection = new NpgsqlConnection(withPassword.ConnectionString);
        await connection.OpenAsync();
    }

    [Fact]
    public async Task A_cluster_made_when_every_local_account_was_trusted_asks_for_a_password_from_its_next_start_and_keeps_its_data()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-tests", $"embedded-{Guid.NewGuid():N}");
        try
        {
            await using (var first = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance, fastButUnsafe: true))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dataDirectory + ".password"));
                await ExecuteAsync(first.ConnectionString(), "create table kept (id int); insert into kept values (7)");
            }

            // What a cluster of an earlier version looked like: trust in pg_hba.conf and no password file.
            var rules = Path.Combine(dataDirectory, "pg_hba.conf");
            await File.WriteAllTextAsync(rules, (await File.ReadAllTextAsync(rules)).Replace("scram-sha-256", "trust", StringComparison.Ordinal));
            File.Delete(dataDirectory + ".password");

            await using var migrated = EmbeddedPostgres.Start(dataDirectory, NullLogger.Instance, fastButUnsafe: true);

            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dataDirectory + ".password"));
            Assert.DoesNotContain("trust", (await File.ReadAllLinesAsync(rules)).Where(line => !line.TrimStart().StartsWith('#')));
            await AssertRefusedWithoutPassword(new NpgsqlConnectionStringBuilder(migrated.ConnectionString()) { Pooling = false });
            Assert.Equal(7, await ExecuteAsync(migrated.ConnectionString(), "select id from kept"));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
            foreach (var beside in new[] { ".log", ".lock", ".password" })
            {
                File.Delete(dataDirectory + beside);
            }
        }
    }

    private static async Task AssertRefusedWithoutPassword(NpgsqlConnectionStringBuilder withPassword)
    {
        foreach (var password in new string?[] { null, "not-the-password" })
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(withPassword.ConnectionString) { Password = password }.ConnectionString);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
        }
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
