namespace Milestone.Api.Assets;

/// <summary>
/// Import a client's assets from CSV (docs/assets.md): found by tag, registered when new, brought up to the row when not,
/// left alone when nothing differs. With <see cref="DryRun"/>, or when any row is rejected, nothing is written.
/// </summary>
public sealed record ImportAssets(Guid ClientId, string Csv, bool DryRun, Actor Actor) : IActorCommand;

public sealed record AssetImportReport(bool DryRun, bool Applied, IReadOnlyList<AssetRowOutcome> Rows);

public static class ImportAssetsHandler
{
    /// <summary>An asset changed or a tag taken while the file was decided: decided again on the register as it stands.</summary>
    public static void Configure(HandlerChain chain)
    {
        chain.RetryConcurrentAppends();
        chain.DecideAgainWhenTaken();
    }

    public static async Task<AssetImportReport> Handle(ImportAssets command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var clientExists = command.Actor.WorksWith(command.ClientId) && await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation) is not null;
        AssetImport.RequireImporter(command.ClientId, clientExists, command.Actor);
        var rows = AssetCsv.Rows(command.Csv);
        IReadOnlyList<Asset> assets = clientExists ? await session.Query<Asset>().Where(asset => asset.ClientId == command.ClientId).ToListAsync(cancellation) : [];
        IReadOnlyList<Location> locations = clientExists ? await session.Query<Location>().Where(location => location.ClientId == command.ClientId).ToListAsync(cancellation) : [];
        var now = time.GetUtcNow();
        var (outcomes, writes) = AssetImport.Decide(
            Guid.CreateVersion7(now), command.ClientId, clientExists, rows, assets, locations, () => Guid.CreateVersion7(now), command.Actor, now);
        var apply = !command.DryRun && writes.Count > 0;
        if (apply)
        {
            foreach (var write in writes)
            {
                if (write.Existing is { } existing)
                {
                    session.Events.Append(write.AssetId, existing.Version + write.Events.Count, [.. write.Events]);
                }
                else
                {
                    session.Events.StartStream<Asset>(write.AssetId, [.. write.Events]);
                }
            }
        }

        return new AssetImportReport(command.DryRun, apply, apply ? outcomes : [.. outcomes.Select(NotRegistered)]);
    }

    /// <summary>An asset the import did not register has no id to show: the one it would have had is never stored.</summary>
    private static AssetRowOutcome NotRegistered(AssetRowOutcome outcome) =>
        outcome.Result == AssetRowResult.Registered ? outcome with { AssetId = null } : outcome;
}
