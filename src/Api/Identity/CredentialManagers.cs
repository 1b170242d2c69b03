using Microsoft.AspNetCore.Identity;

namespace Milestone.Api.Identity;

/// <summary>
/// Makes an ASP.NET Core Identity <see cref="UserManager{TUser}"/> over a given Marten session, so a
/// Wolverine handler's changes to credentials commit in the same transaction as its events.
/// </summary>
public sealed class CredentialManagers(
    IOptions<IdentityOptions> options,
    IPasswordHasher<Credentials> passwordHasher,
    IEnumerable<IPasswordValidator<Credentials>> passwordValidators,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<Credentials>> logger)
{
    public UserManager<Credentials> For(IDocumentSession session) =>
        new(new MartenCredentialStore(session), options, passwordHasher, [], passwordValidators, normalizer, errors, services, logger);

    /// <summary>A person's credentials, with the manager that changes them in that session: every person a command decides about has them.</summary>
    public async Task<(UserManager<Credentials> Manager, Credentials Credentials)> OfAsync(IDocumentSession session, Guid personId)
    {
        var manager = For(session);
        return (manager, (await manager.FindByIdAsync(personId.ToString()))!);
    }
}
