namespace Milestone.Host.Commands;

/// <summary>A command's input with <c>--tenant</c>, for deployments that keep a database per tenant (Milestone:Tenants).</summary>
public class TenantInput : NetCoreInput
{
    [Description("Where tenants are kept apart: the tenant to work for")]
    [FlagAlias("tenant", 't')]
    public string TenantFlag { get; set; } = string.Empty;

    /// <summary>
    /// The one tenant a command that changes data works for: the one named, or, with one database, the default
    /// tenant. Null, with the reason written out, when none or an unknown one was named.
    /// </summary>
    public string? OneTenant(IServiceProvider services)
    {
        var directory = services.GetRequiredService<TenantDirectory>();
        return TenantFlag.Length == 0 && !directory.KeepsTenantsApart ? directory.Ids[0] : Named(directory);
    }

    /// <summary>The tenants a command that reads or checks works for: the one named, or every one.</summary>
    public IReadOnlyList<string>? SomeTenants(IServiceProvider services)
    {
        var directory = services.GetRequiredService<TenantDirectory>();
        return TenantFlag.Length == 0 ? directory.Ids : Named(directory) is { } named ? [named] : null;
    }

    private string? Named(TenantDirectory directory) => directory.IsKnown(TenantFlag) ? TenantFlag : Refuse(directory);

    private string? Refuse(TenantDirectory directory)
    {
        Console.Error.WriteLine((directory.KeepsTenantsApart, TenantFlag.Length) switch
        {
            (false, _) => "This deployment keeps one database for everything: leave out --tenant.",
            (true, 0) => $"Tenants are kept apart here: name one with --tenant ({string.Join(", ", directory.Ids)}).",
            _ => $"There is no tenant called '{TenantFlag}'; the tenants are: {string.Join(", ", directory.Ids)}.",
        });
        return null;
    }
}
