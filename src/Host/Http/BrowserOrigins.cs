using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Milestone.Host.Http;

/// <summary>
/// Which browser apps on other origins may call the API (CORS): the Client Portal, the Delivery App
/// and the agents' app are served from their own origins. Only listed origins get an allow header,
/// never <c>*</c>; cookies and other credentials are off unless configured, since the API's tokens
/// travel in the Authorization header.
/// </summary>
public sealed class BrowserOrigins
{
    public const string Section = "Milestone:Cors";

    /// <summary>Where frontend dev servers usually run (create-react-app and Next.js; Vite).</summary>
    public static readonly string[] DevelopmentDefaults = ["http://localhost:3000", "http://localhost:5173"];

    public string[] Origins { get; set; } = [];

    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);

    public static void AddTo(WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(Section).Get<BrowserOrigins>() ?? new BrowserOrigins();
        if (settings.Origins.Length == 0 && builder.Environment.IsDevelopment())
        {
            settings.Origins = DevelopmentDefaults;
        }

        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => settings.Apply(policy)));
    }

    private void Apply(CorsPolicyBuilder policy)
    {
        policy.WithOrigins(Origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "X-Milestone-Tenant", CostModel.ReportHeader)
            .WithExposedHeaders("Retry-After", "Content-Disposition")
            .SetPreflightMaxAge(PreflightMaxAge);
        if (AllowCredentials)
        {
            policy.AllowCredentials();
        }
    }
}
