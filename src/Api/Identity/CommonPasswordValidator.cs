using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Identity;

/// <summary>Applies <see cref="PasswordPolicy"/> wherever Identity itself sets a password.</summary>
public sealed class CommonPasswordValidator(PasswordPolicy policy) : IPasswordValidator<Credentials>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Credentials> manager, Credentials user, string? password) =>
        Task.FromResult(policy.Problem(password) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = problem })
            : IdentityResult.Success);
}
