using System.Text.RegularExpressions;
using Milestone.Projections;

namespace Milestone.Host.Reporting;

/// <summary>
/// A database role for BI tools: it may log in and read the <c>reporting</c> schema, and nothing else (not the
/// event store, not credentials). Granting again changes the password and is otherwise a no-op.
/// </summary>
public static partial class ReportingReader
{
    public static bool IsValidRoleName(string role) => RoleName().IsMatch(role);

    public static async Task GrantAsync(NpgsqlConnection connection, string role, string password, CancellationToken cancellation)
    {
        if (!IsValidRoleName(role))
        {
            throw new ArgumentException("A role name is 1 to 63 lower-case letters, digits and underscores, starting with a letter.", nameof(role));
        }

        // CREATE ROLE takes no bind parameters: the name is checked above and the password quoted as a literal.
        var secret = "'" + password.Replace("'", "''", StringComparison.Ordinal) + "'";
        var schema = Storage.ReportingSchema;
        var sql = $"""
            do $$ begin
              if exists (select from pg_roles where rolname = '{role}') then alter role {role} with login password {secret};
              else create role {role} with login password {secret}; end if;
            end $$;
            create schema if not exists {schema};
            grant connect on database "{connection.Database}" to {role};
            grant usage on schema {schema} to {role};
            grant select on all tables in schema {schema} to {role};
            alter default privileges in schema {schema} grant select on tables to {role};
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
