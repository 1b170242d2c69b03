using Milestone.Domain.Reports;

namespace Milestone.Api.Reports;

/// <summary>Make a link that opens a client's quarterly review without signing in. <see cref="Token"/> is the link's secret; only its hash is stored.</summary>
public sealed record CreateReportLink([NewId] Guid LinkId, Guid ClientId, string Quarter, Actor Actor) : IActorCommand
{
    public string Token { get; init; } = SecretToken.New();
}

/// <summary>Whether the client the link would open exists; the decision answers NOT_FOUND alike for one that does not and one the actor may not see.</summary>
public sealed record ReportLinkClient(bool Exists);

public static class CreateReportLinkHandler
{
    public static async Task<ReportLinkClient> LoadAsync(CreateReportLink command, IQuerySession session, CancellationToken cancellation) =>
        new(await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null);

    public static IStartStream Handle(CreateReportLink command, ReportLinkClient client, IOptions<ReportLinkSettings> settings, TimeProvider time) =>
        MartenOps.StartStream<ReportLink>(
            command.LinkId,
            ReportLink.Create(
                command.LinkId, command.ClientId, client.Exists, command.Quarter, SecretToken.HashOf(command.Token), settings.Value.LinkLifetime, command.Actor, time.GetUtcNow()));
}
