using JasperFx;

namespace Milestone.Api.Tenancy;

/// <summary>
/// The tenant a request, a command-line run or a background pass works for, in one service scope: every
/// session it opens on the store is opened for this tenant, so it reads and writes that tenant's database alone.
/// </summary>
public sealed class CurrentTenant
{
    private bool _entered;

    /// <summary>The tenant's id; a scope works for the default tenant until it enters another.</summary>
    public string Id { get; private set; } = StorageConstants.DefaultTenantId;

    public void Enter(string tenantId)
    {
        if (_entered && tenantId != Id)
        {
            throw new InvalidOperationException($"This scope already works for tenant '{Id}'; it cannot switch to '{tenantId}'.");
        }

        Id = tenantId;
        _entered = true;
    }
}
