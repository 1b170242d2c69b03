using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Identity;

public static class IdentitySetup
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddMilestoneIdentity(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(options =>
        {
            options.Password.RequiredLength = PasswordPolicy.MinimumLength;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.Password.RequiredUniqueChars = 1;
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
            options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            options.User.RequireUniqueEmail = true;
            options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
                new TokenProviderDescriptor(typeof(SingleUseAuthenticatorTokenProvider));
        });
        services.AddSingleton(PasswordPolicy.Load());
        services.AddSingleton<IPasswordHasher<Credentials>, PasswordHasher<Credentials>>();
        services.AddSingleton<IPasswordValidator<Credentials>, CommonPasswordValidator>();
        services.AddSingleton<ILookupNormalizer, UpperInvariantLookupNormalizer>();
        services.AddSingleton<IdentityErrorDescriber>();
        services.AddTransient<SingleUseAuthenticatorTokenProvider>();
        services.AddSingleton<CredentialManagers>();
        return services;
    }
}
