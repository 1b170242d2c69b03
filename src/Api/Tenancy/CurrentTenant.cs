using JasperFx;

namespace Milestone.Api.Tenancy;

/// <summary>
/// The tenant a request, a command-line run or a background pass works for, in one service scope: every
/// session it opens on the store is opened for this tenant, so it reads and writes that tenant's database alone.
/// </summary>
public sealed class CurrentTenant
{
    public string Id { get; private set; } = StorageConstants.DefaultTenantId;

    /// <summary>Whether a tenant was chosen; a scope works for the default tenant until one is.</summary>
    public bool IsChosen { get; private set; }

    public void Enter(string tenantId)
    {
        if (IsChosen && tenantId != Id)
        {
            throw new InvalidOperationException($"This scope already works for tenant '{Id}'; it cannot switch to '{tenantId}'.");
        }

        Id = tenantId;
        IsChosen = true;
    }
}
