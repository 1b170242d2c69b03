namespace Milestone.Api.Requests;

public static class NamedPeople
{
    /// <summary>The person a command names, as their account stands, for the decision to judge; null when there is no such person.</summary>
    public static async Task<NamedPerson?> NamedPersonAsync(this IQuerySession session, Guid? personId, CancellationToken cancellation) =>
        personId is { } id && await session.LoadAsync<PersonAccount>(id, cancellation) is { } account
            ? new NamedPerson(account.Id, account.Role, account.ClientId, account.Status, account.ClientScope)
            : null;
}
