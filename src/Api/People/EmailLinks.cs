namespace Milestone.Api.People;

/// <summary>
/// Links into the portal that the service hands out, in e-mails and as sign-up links, for the tenant they are made for:
/// its own portal address where it has one (<c>Milestone:Tenants:{id}:PortalUrl</c>), else the shared portal with the
/// tenant named in the link, so the page the link opens can say which tenant to ask.
/// </summary>
public sealed class EmailLinks(IOptions<PortalSettings> settings, TenantDirectory tenants)
{
    public string Invitation(string? tenantId, string token) => Link(tenantId, "invitations/accept", token);

    public string PasswordReset(string? tenantId, string token) => Link(tenantId, "password/reset", token);

    /// <summary>A portal link's sign-up page.</summary>
    public string SignUp(string? tenantId, string token) => Link(tenantId, "sign-up", token);

    /// <summary>Sent after a sign-up through a portal link.</summary>
    public string EmailVerification(string? tenantId, string token) => Link(tenantId, "email/verify", token);

    /// <summary>Served by the API host itself, which the portal's address reaches.</summary>
    public string QuarterlyReview(string? tenantId, string token) => Link(tenantId, "reports/qbr", token);

    /// <summary>Where the payment provider sends a payer back: the invoice in the portal's Billing area, saying whether they paid.</summary>
    public string InvoiceAfterCheckout(string? tenantId, Guid invoiceId, bool paid) =>
        PortalPage(tenantId, "billing/invoices", $"invoice={invoiceId}&checkout={(paid ? "paid" : "cancelled")}");

    private string Link(string? tenantId, string path, string token) => PortalPage(tenantId, path, $"token={Uri.EscapeDataString(token)}");

    private string PortalPage(string? tenantId, string path, string query)
    {
        if (!tenants.KeepsTenantsApart || tenantId is null || !tenants.Databases.TryGetValue(tenantId, out var tenant))
        {
            return $"{settings.Value.BaseUrl.TrimEnd('/')}/{path}?{query}";
        }

        return tenant.PortalUrl is { Length: > 0 } own
            ? $"{own.TrimEnd('/')}/{path}?{query}"
            : $"{settings.Value.BaseUrl.TrimEnd('/')}/{path}?{TenantResolution.QueryParameter}={tenantId}&{query}";
    }
}
