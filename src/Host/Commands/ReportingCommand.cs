using Milestone.Host.Reporting;

namespace Milestone.Host.Commands;

public sealed class ReportingInput : TenantInput
{
    [Description("What to do: grant-reader")]
    public string Action { get; set; } = string.Empty;

    [Description("The database role BI tools log in as")]
    [FlagAlias("role", 'r')]
    public string RoleFlag { get; set; } = "bi_reader";

    [Description("Its password")]
    [FlagAlias("password", 'p')]
    public string PasswordFlag { get; set; } = string.Empty;
}

[Description("Report builders' SQL access: 'reporting grant-reader --role bi_reader --password ...' creates a login that may only read the reporting schema.", Name = "reporting")]
public sealed class ReportingCommand : MilestoneCommand<ReportingInput>
{
    protected override async Task<bool> RunAsync(ReportingInput input)
    {
        if (!input.Action.Equals("grant-reader", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(input.PasswordFlag)
            || !ReportingReader.IsValidRoleName(input.RoleFlag))
        {
            Console.Error.WriteLine("Usage: reporting grant-reader --role bi_reader --password <password> [--tenant id]  (role: lower-case letters, digits, underscores)");
            return false;
        }

        using var host = input.BuildHost();
        if (input.SomeTenants(host.Services) is not { } tenants)
        {
            return false;
        }

        await using var started = await host.StartedAsync();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        foreach (var tenant in tenants)
        {
            await using var connection = (NpgsqlConnection)(await store.Storage.FindOrCreateDatabase(tenant)).CreateConnection();
            await connection.OpenAsync();
            await ReportingReader.GrantAsync(connection, input.RoleFlag, input.PasswordFlag, CancellationToken.None);
            Console.WriteLine($"{input.RoleFlag} may now log in to {connection.Database} and read the reporting schema (docs/reporting.md).");
        }

        return true;
    }
}
