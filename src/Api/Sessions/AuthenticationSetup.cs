using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Milestone.Api.Sessions;

public static class AuthenticationSetup
{
    public static IServiceCollection AddMilestoneAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthSettings>(configuration.GetSection(AuthSettings.Section));
        services.AddSingleton<SigningKey>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<TokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKey, IOptions<AuthSettings>, TimeProvider>((options, signingKey, settings, time) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Value.Issuer,
                    ValidAudience = settings.Value.Audience,
                    IssuerSigningKey = signingKey.Key,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    LifetimeValidator = (notBefore, expires, _, _) => IsCurrent(time.GetUtcNow(), notBefore, expires),
                };
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = CallerAuthentication.OnTokenValidated,
                    OnAuthenticationFailed = CallerAuthentication.OnAuthenticationFailed,
                };
            });
        return services;
    }

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static bool IsCurrent(DateTimeOffset now, DateTime? notBefore, DateTime? expires) =>
        expires is { } end && now.UtcDateTime < end + ClockSkew && (notBefore is not { } start || now.UtcDateTime >= start - ClockSkew);
}
