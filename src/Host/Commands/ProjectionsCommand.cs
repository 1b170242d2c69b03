using JasperFx.Events.Projections;
using Marten.Events.Projections;
using Milestone.Api.Sla;

namespace Milestone.Host.Commands;

/// <summary>
/// <c>projections</c>: where each projection stands, and rebuilding one from the events. It stands in for Marten's
/// command of that name, which runs the projection daemon inside the command beside the nodes' own and draws a live
/// table for a terminal. This one reads positions from the database in plain lines, and will not rebuild what a
/// serving node reads or runs (see docs/decisions/0038-rebuilding-beside-a-running-service.md).
/// </summary>
public static class ProjectionsCommand
{
    private const string UsageText = "Usage: projections [--tenant id] | projections rebuild (NAME | all) [--while-serving] [--tenant id]";

    public static bool IsFor(string[] args) => args is ["projections", ..] or ["help", "projections"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args[0] == "help" || !ProjectionsRequest.TryParse(args[1..], out var request))
        {
            await Console.Error.WriteLineAsync(UsageText);
            return args[0] == "help" ? 0 : StartupErrors.FailedExitCode;
        }

        var directory = services.GetRequiredService<TenantDirectory>();
        if (request.Tenant is { } named && !directory.IsKnown(named))
        {
            await Console.Error.WriteLineAsync($"There is no tenant called '{named}'; the tenants are: {string.Join(", ", directory.Ids)}.");
            return StartupErrors.FailedExitCode;
        }

        var store = services.GetRequiredService<IDocumentStore>();
        var tenants = request.Tenant is { } tenant ? [tenant] : directory.Ids;
        var succeeded = true;
        foreach (var tenantId in tenants)
        {
            var heading = directory.KeepsTenantsApart ? $"Tenant {tenantId}" : null;
            succeeded &= request.Rebuild is { } name
                ? await RebuildAsync(services, store, tenantId, heading, name, request.WhileServing)
                : await ListAsync(services, store, tenantId, heading);
        }

        return succeeded ? 0 : StartupErrors.FailedExitCode;
    }

    private static async Task<bool> ListAsync(IServiceProvider services, IDocumentStore store, string tenantId, string? heading)
    {
        var database = await store.Storage.FindOrCreateDatabase(tenantId);
        var highest = await database.FetchHighestEventSequenceNumber(CancellationToken.None);
        var progress = await database.AllProjectionProgress(CancellationToken.None);
        var runners = await ProjectionRunners.ByProjectionAsync(services);
        await using var connection = database.CreateConnection();
        var databaseName = connection.Database;
        var table = new List<string[]> { new[] { "Projection", "Runs", "Position", "Behind", "Node" } };
        foreach (var projection in Projections(store).OrderBy(projection => projection.Lifecycle).ThenBy(projection => projection.Name, StringComparer.Ordinal))
        {
            if (projection.Lifecycle == ProjectionLifecycle.Inline)
            {
                table.Add([projection.Name, "inline", "-", "-", "-"]);
                continue;
            }

            var position = ProjectionLag.PositionOf(progress, projection.Name);
            table.Add([projection.Name, "async", Count(position), Count(Math.Max(0, highest - position)), runners.GetValueOrDefault((databaseName, projection.Name.ToLowerInvariant()), "none")]);
        }

        if (heading is not null)
        {
            Console.WriteLine(heading);
        }

        Console.Write(PlainTable.Format(table));
        Console.WriteLine($"Events stored: {Count(highest)}. Inline projections are written with their events; \"Behind\" counts the events an asynchronous one has yet to take in.");
        return true;
    }

    private static async Task<bool> RebuildAsync(IServiceProvider services, IDocumentStore store, string tenantId, string? heading, string name, bool whileServing)
    {
        var chosen = Projections(store).Where(projection => name == "all" || projection.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (chosen.Count == 0)
        {
            await Console.Error.WriteLineAsync($"There is no projection called '{name}'; 'projections' lists them.");
            return false;
        }

        var serving = await ServingNodes.CountAsync(services);
        if (serving > 0 && chosen.Any(projection => projection.Lifecycle == ProjectionLifecycle.Async))
        {
            await Console.Error.WriteLineAsync(
                $"{ServingNodes.Say(serving)} serving this database and running its asynchronous projections; a rebuild here would run beside them. Stop the service, then rebuild.");
            return false;
        }

        if (serving > 0 && !whileServing)
        {
            await Console.Error.WriteLineAsync(
                $"{ServingNodes.Say(serving)} serving this database. A rebuild empties the read model until it is written again from the events, " +
                "and clients read inline projections (the queue, their requests): they would see them empty meanwhile. " +
                "Stop the service first, or pass --while-serving to rebuild anyway.");
            return false;
        }

        if (serving > 0)
        {
            await Console.Error.WriteLineAsync($"Warning: {ServingNodes.Say(serving)} serving this database; its clients see the rebuilt read models empty until each finishes.");
        }

        using var daemon = await store.BuildProjectionDaemonAsync(tenantId);
        foreach (var projection in chosen)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromHours(2), CancellationToken.None);
            Console.WriteLine($"{(heading is null ? "" : heading + ": ")}Rebuilt {projection.Name} in {watch.Elapsed.TotalSeconds:F1} s");
        }

        return true;
    }

    private static IEnumerable<IProjectionSource<IDocumentOperations, IQuerySession>> Projections(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(projection => projection.Lifecycle != ProjectionLifecycle.Live);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
