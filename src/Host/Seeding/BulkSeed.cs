using System.Diagnostics;
using System.Threading.Channels;
using JasperFx.Events.Projections;
using Milestone.Domain.Organisations;
using Milestone.Domain.Sla;
using Milestone.Host.Commands;
using Milestone.Projections;
using Milestone.Projections.People;
using Milestone.Projections.Sla;
using NpgsqlTypes;
using Weasel.Core;

namespace Milestone.Host.Seeding;

/// <summary>How long a projection took to rebuild, and how much of this process's CPU (not PostgreSQL's) it used.</summary>
public sealed record ProjectionRebuild(string Name, double Seconds, double CpuSeconds);

/// <summary>What a bulk seed loaded and how long each part took.</summary>
public sealed record BulkSeedReport(
    long Events,
    long RequestStreamEvents,
    int Streams,
    int Requests,
    int Clients,
    IReadOnlyList<int> Ledgers,
    double LoadSeconds,
    double LoadCpuSeconds,
    IReadOnlyList<ProjectionRebuild> Rebuilds)
{
    public double EventsPerSecond => Events / LoadSeconds;
}

/// <summary>
/// Loads a generated history (<see cref="BulkHistory"/>) straight into Marten's tables with binary COPY, then
/// lets Marten rebuild every projection from it, so the read models are exactly what the events say. The
/// events table's indexes are dropped for the load and built again after it, and triggers are off for the
/// session: the hash chain is computed here (<see cref="EventRows"/>). Run it while no host is serving the
/// database: it takes the next sequence numbers without coordinating with other writers. Needs a superuser
/// (the embedded PostgreSQL's is one) to switch triggers off.
/// </summary>
public sealed class BulkSeed(IDocumentStore store, string tenantId, TimeProvider time, TextWriter progress)
{
    private const string Events = Storage.EventTable;
    private const string Streams = Storage.SchemaName + ".mt_streams";
    private const string Sequence = Storage.SchemaName + ".mt_events_sequence";
    private const int ProgressEvery = 1_000_000;

    private readonly StoreOptions _options = (StoreOptions)store.Options;
    private readonly EventRows _rows = new((StoreOptions)store.Options);

    /// <param name="ledgers">Beside the ordinary clients, one client for each number given whose bank holds that many debits.</param>
    public async Task<BulkSeedReport> LoadAsync(long events, int maxClients, IReadOnlyList<int> ledgers, bool rebuild, CancellationToken cancellation)
    {
        var requestsWanted = Math.Max(1, (int)Math.Ceiling(events / (double)BulkHistory.EventsPerRequest));
        var clients = Math.Clamp(requestsWanted / 20, 1, maxClients);
        var requestsPerClient = (int)Math.Ceiling(requestsWanted / (double)clients);
        // Numbered on from the clients already there, so a second load adds people with addresses of their own.
        var first = await ClientCountAsync(cancellation) + 1;
        var plans = Enumerable.Range(first, clients).Select(number => SeededClient.Ordinary(number, requestsPerClient))
            .Concat(ledgers.Select((debits, index) => SeededClient.Ledger(first + clients + index, debits)))
            .ToList();
        var history = new BulkHistory(await CastAsync(cancellation), time.GetUtcNow());

        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var loaded = await CopyAsync(history, plans, cancellation);
        await store.BulkInsertAsync(tenantId, loaded.Followings, BulkInsertMode.InsertsOnly, 10_000, cancellation);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var loadCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        progress.WriteLine($"Loaded {loaded.Events:N0} events in {loaded.Streams:N0} streams ({clients:N0} clients, {loaded.Followings.Count:N0} requests) in {loadSeconds:F1} s: {loaded.Events / loadSeconds:N0} events/s");

        var rebuilds = rebuild ? await RebuildAsync(cancellation) : [];
        return new BulkSeedReport(loaded.Events, loaded.RequestStreamEvents, loaded.Streams, loaded.Followings.Count, clients, ledgers, loadSeconds, loadCpuSeconds, rebuilds);
    }

    private async Task<int> ClientCountAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession(tenantId);
        var created = ((Marten.Events.EventGraph)_options.Events).EventMappingFor(typeof(ClientOrganisationCreated)).EventTypeName;
        return await session.Events.QueryAllRawEvents().CountAsync(e => e.EventTypeName == created, cancellation);
    }

    /// <summary>The demo team works the seeded clients, under the demo's default SLA policy.</summary>
    private async Task<SeedCast> CastAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession(tenantId);
        var staff = (await session.Query<PersonAccount>().Where(person => person.ClientId == null).ToListAsync(cancellation))
            .Where(person => person.Email.EndsWith(DemoData.StaffDomain, StringComparison.Ordinal))
            .Select(person => new Actor(person.Id, person.Role, null))
            .ToList();
        var policy = await session.Query<SlaPolicy>().FirstOrDefaultAsync(candidate => candidate.IsDefault, cancellation)
            ?? throw new InvalidOperationException("Load the demo data set first: the seeded history counts under its default SLA policy.");
        var calendar = await session.LoadAsync<BusinessCalendarDefinition>(policy.Settings.CalendarId, cancellation);
        Actor Single(Role role) => staff.First(actor => actor.Role == role);
        return new SeedCast(Single(Role.Admin), Single(Role.AccountManager), Single(Role.TeamLead), [.. staff.Where(actor => actor.Role is Role.Agent or Role.TeamLead)], policy, calendar!.Calendar);
    }

    private sealed record Loaded(long Events, long RequestStreamEvents, int Streams, List<SlaFollowing> Followings);

    private async Task<Loaded> CopyAsync(BulkHistory history, IReadOnlyList<SeededClient> plans, CancellationToken cancellation)
    {
        await using var connection = (NpgsqlConnection)(await store.Storage.FindOrCreateDatabase(tenantId)).CreateConnection();
        await connection.OpenAsync(cancellation);
        await ExecuteAsync(connection, "SET session_replication_role = replica; SET synchronous_commit = off; SET maintenance_work_mem = '1GB'", cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        var nextSequence = (long)(await ScalarAsync(connection, $"SELECT coalesce(max(seq_id), 0) FROM {Events}", cancellation))! + 1;
        var indexes = await DropIndexesAsync(connection, cancellation);

        var generated = Generate(history, plans, cancellation);
        var streams = new List<(SeededStream Stream, string Type)>();
        var followings = new List<SlaFollowing>();
        long written = 0;
        long requestStreamEvents = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Events} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, headers, user_name, is_archived) FROM STDIN (FORMAT BINARY)",
            cancellation))
        {
            await foreach (var (rows, client) in generated.ReadAllAsync(cancellation))
            {
                foreach (var row in rows)
                {
                    await importer.StartRowAsync(cancellation);
                    await importer.WriteAsync(nextSequence + written, NpgsqlDbType.Bigint, cancellation);
                    await importer.WriteAsync(row.Id, NpgsqlDbType.Uuid, cancellation);
                    await importer.WriteAsync(row.StreamId, NpgsqlDbType.Uuid, cancellation);
                    await importer.WriteAsync(row.Version, NpgsqlDbType.Bigint, cancellation);
                    await importer.WriteAsync(row.Data, NpgsqlDbType.Jsonb, cancellation);
                    await importer.WriteAsync(row.Type, NpgsqlDbType.Varchar, cancellation);
                    await importer.WriteAsync(row.Timestamp, NpgsqlDbType.TimestampTz, cancellation);
                    await importer.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar, cancellation);
                    await importer.WriteAsync(row.DotNetType, NpgsqlDbType.Varchar, cancellation);
                    await importer.WriteAsync($$"""{"{{Projections.History.HistoryChain.HashHeader}}": "{{row.Hash}}"}""", NpgsqlDbType.Jsonb, cancellation);
                    if (row.UserName is null)
                    {
                        await importer.WriteNullAsync(cancellation);
                    }
                    else
                    {
                        await importer.WriteAsync(row.UserName, NpgsqlDbType.Varchar, cancellation);
                    }

                    await importer.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
                    written++;
                    if (written % ProgressEvery == 0)
                    {
                        progress.WriteLine($"  {written:N0} events");
                    }
                }

                streams.AddRange(client.Streams.Select(stream => (stream, _rows.StreamTypeOf(stream.Aggregate))));
                followings.AddRange(client.Requests.Select(request => new SlaFollowing(request.RequestId, request.Version)));
                requestStreamEvents += client.Requests.Sum(request => request.Version);
            }

            await importer.CompleteAsync(cancellation);
        }

        await CopyStreamsAsync(connection, streams, cancellation);
        progress.WriteLine("  building the events table's indexes");
        foreach (var index in indexes)
        {
            await ExecuteAsync(connection, index, cancellation);
        }

        await ExecuteAsync(connection, $"SELECT setval('{Sequence}', {nextSequence + written - 1})", cancellation);
        await transaction.CommitAsync(cancellation);

        // Without statistics for what was just loaded the planner reads the events table whole for every page
        // a projection rebuild asks for (a 7× slower rebuild, measured), until autovacuum comes round to it.
        progress.WriteLine("  analysing the loaded tables");
        await ExecuteAsync(connection, $"ANALYZE {Events}", cancellation);
        await ExecuteAsync(connection, $"ANALYZE {Streams}", cancellation);
        return new Loaded(written, requestStreamEvents, streams.Count, followings);
    }

    /// <summary>Clients are generated on every core at once; the single COPY takes them in whatever order they finish.</summary>
    private ChannelReader<(IReadOnlyList<EventRow> Rows, ClientHistory Client)> Generate(BulkHistory history, IReadOnlyList<SeededClient> plans, CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<(IReadOnlyList<EventRow>, ClientHistory)>(Environment.ProcessorCount * 2);
        var next = 0;
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(
            async () =>
            {
                for (var index = Interlocked.Increment(ref next) - 1; index < plans.Count; index = Interlocked.Increment(ref next) - 1)
                {
                    var client = history.Client(plans[index]);
                    await channel.Writer.WriteAsync((_rows.For(client.Events), client), cancellation);
                }
            },
            cancellation));
        _ = Task.WhenAll(workers).ContinueWith(done => channel.Writer.Complete(done.Exception), TaskScheduler.Default);
        return channel.Reader;
    }

    private static async Task CopyStreamsAsync(NpgsqlConnection connection, List<(SeededStream Stream, string Type)> streams, CancellationToken cancellation)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Streams} (id, type, version, timestamp, created, tenant_id, is_archived) FROM STDIN (FORMAT BINARY)", cancellation);
        foreach (var (stream, type) in streams)
        {
            await importer.StartRowAsync(cancellation);
            await importer.WriteAsync(stream.Id, NpgsqlDbType.Uuid, cancellation);
            await importer.WriteAsync(type, NpgsqlDbType.Varchar, cancellation);
            await importer.WriteAsync(stream.Version, NpgsqlDbType.Bigint, cancellation);
            await importer.WriteAsync(stream.LastChanged, NpgsqlDbType.TimestampTz, cancellation);
            await importer.WriteAsync(stream.Created, NpgsqlDbType.TimestampTz, cancellation);
            await importer.WriteAsync("*DEFAULT*", NpgsqlDbType.Varchar, cancellation);
            await importer.WriteAsync(false, NpgsqlDbType.Boolean, cancellation);
        }

        await importer.CompleteAsync(cancellation);
    }

    /// <summary>Drops the events table's own indexes (not the foreign key) and answers the statements that recreate them as they were.</summary>
    private static async Task<IReadOnlyList<string>> DropIndexesAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        const string Definitions = $"""
            SELECT 'ALTER TABLE {Events} DROP CONSTRAINT ' || quote_ident(conname), 'ALTER TABLE {Events} ADD CONSTRAINT ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE conrelid = '{Events}'::regclass AND contype IN ('p', 'u')
            UNION ALL
            SELECT 'DROP INDEX {Storage.SchemaName}.' || quote_ident(i.relname), pg_get_indexdef(i.oid)
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
             WHERE x.indrelid = '{Events}'::regclass
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            """;
        var statements = new List<(string Drop, string Create)>();
        await using (var command = new NpgsqlCommand(Definitions, connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                statements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (drop, _) in statements)
        {
            await ExecuteAsync(connection, drop, cancellation);
        }

        return [.. statements.Select(statement => statement.Create)];
    }

    private async Task<IReadOnlyList<ProjectionRebuild>> RebuildAsync(CancellationToken cancellation)
    {
        using var daemon = await store.BuildProjectionDaemonAsync(tenantId);
        var rebuilds = new List<ProjectionRebuild>();
        foreach (var projection in _options.Projections.All.Where(projection => projection.Lifecycle != ProjectionLifecycle.Live))
        {
            var watch = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await daemon.RebuildProjectionAsync(projection.Name, TimeSpan.FromHours(2), cancellation);
            rebuilds.Add(new ProjectionRebuild(projection.Name, watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds));
            progress.WriteLine($"Rebuilt {projection.Name} in {watch.Elapsed.TotalSeconds:F1} s");
        }

        return rebuilds;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellation);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellation);
    }
}
