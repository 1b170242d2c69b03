namespace Milestone.Api.KnowledgeBase;

public static class ArticleClients
{
    /// <summary>The clients an article is meant for must exist and be ones the writer works with; any other is, to them, not there.</summary>
    public static async Task RequireClientsAsync(this IQuerySession session, IReadOnlyList<Guid>? clientIds, Actor actor, CancellationToken cancellation)
    {
        var named = (clientIds ?? []).Distinct().ToArray();
        if (named.Length == 0)
        {
            return;
        }

        var found = await session.Query<ClientOrganisationDetails>().Where(client => named.Contains(client.Id)).CountAsync(cancellation);
        if (found != named.Length || !named.All(actor.WorksWith))
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such client.", "clientIds");
        }
    }
}
