using Milestone.Projections.History;
using Milestone.Projections.Organisations;
using Milestone.Projections.Requests;

namespace Milestone.Host.Commands;

public sealed class HistoryInput : TenantInput
{
    [Description("What to do: verify (check every stream's hash chain) or export (write streams as JSON Lines)")]
    public string Action { get; set; } = string.Empty;

    [Description("export: the request whose history to write, with its SLA clock's")]
    [FlagAlias("request", 'r')]
    public string RequestFlag { get; set; } = string.Empty;

    [Description("export: the client whose streams to write: its own, its requests and their SLA clocks, its hour bank")]
    [FlagAlias("client", 'c')]
    public string ClientFlag { get; set; } = string.Empty;

    [Description("export: the file to write; standard output, which then carries nothing else, when omitted")]
    [FlagAlias("output", 'o')]
    public string OutputFlag { get; set; } = string.Empty;
}

[Description("For auditors: verifies the tamper-evident hash chain of every event stream, or exports a request's or a client's history as JSON Lines.", Name = "history")]
public sealed class HistoryCommand : MilestoneCommand<HistoryInput>
{
    private const string UsageText = "Usage: history verify [--tenant id] | history export (--request ID | --client ID) [--output FILE] [--tenant id]";

    protected override async Task<bool> RunAsync(HistoryInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        return input.Action.ToLowerInvariant() switch
        {
            "verify" => input.SomeTenants(host.Services) is { } tenants && await VerifyAsync(store, tenants, host.Services.GetRequiredService<TimeProvider>()),
            "export" => input.OneTenant(host.Services) is { } tenant && await ExportAsync(store, tenant, input),
            _ => Refuse(UsageText),
        };
    }

    private static async Task<bool> VerifyAsync(IDocumentStore store, IReadOnlyList<string> tenants, TimeProvider time)
    {
        var intact = true;
        foreach (var tenant in tenants)
        {
            intact &= await VerifyAsync(store, tenant, tenants.Count > 1 ? $"Tenant {tenant}: " : "", time);
        }

        return intact;
    }

    private static async Task<bool> VerifyAsync(IDocumentStore store, string tenant, string prefix, TimeProvider time)
    {
        var report = await ChainVerification.VerifyAsync(await store.Storage.FindOrCreateDatabase(tenant), CancellationToken.None);
        await using (var session = store.LightweightSession(tenant))
        {
            session.Store(HistoryVerification.Of(report, time.GetUtcNow()));
            await session.SaveChangesAsync();
        }

        if (report.Intact)
        {
            Console.WriteLine($"{prefix}Verified {report.Events} events in {report.Streams} streams: every hash chain is intact.");
            return true;
        }

        Console.Error.WriteLine($"{prefix}Checked {report.Events} events in {report.Streams} streams: {report.Broken.Count} broken.");
        foreach (var link in report.Broken)
        {
            Console.Error.WriteLine($"Stream {link.StreamId} breaks at version {link.Version} (sequence {link.Sequence}, {link.Type}): {link.Problem}.");
        }

        return false;
    }

    private static async Task<bool> ExportAsync(IDocumentStore store, string tenant, HistoryInput input)
    {
        await using var session = store.QuerySession(tenant);
        IReadOnlyList<Guid> streams;
        if (Guid.TryParse(input.RequestFlag, out var requestId) && input.ClientFlag.Length == 0)
        {
            if (await session.LoadAsync<RequestDetails>(requestId) is null)
            {
                return Refuse($"There is no request {requestId}: nothing was written.");
            }

            streams = HistoryExport.StreamsOfRequest(requestId);
        }
        else if (Guid.TryParse(input.ClientFlag, out var clientId) && input.RequestFlag.Length == 0)
        {
            if (await session.LoadAsync<ClientOrganisationDetails>(clientId) is null)
            {
                return Refuse($"There is no client {clientId}: nothing was written.");
            }

            streams = await HistoryExport.StreamsOfClientAsync(session, clientId, CancellationToken.None);
        }
        else
        {
            return Refuse(UsageText);
        }

        await using var output = input.OutputFlag.Length == 0 ? Console.OpenStandardOutput() : File.Create(input.OutputFlag);
        var lines = await HistoryExport.WriteAsync(session, streams, output, CancellationToken.None);
        if (input.OutputFlag.Length > 0)
        {
            Console.WriteLine($"Wrote {lines} events to {Path.GetFullPath(input.OutputFlag)}");
        }

        return true;
    }

    private static bool Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return false;
    }
}
