namespace Milestone.FaultSuite;

/// <summary>
/// With a database per tenant, a tenant's SLA deadlines are scheduled, kept and delivered in its own database: each
/// tenant's database holds envelopes of its own clocks, every one stamped with its tenant (the tenant it is handled as),
/// and the nodes' main database holds none (nor anything else left owed). Wolverine keeps an envelope in the database
/// of the transaction that scheduled it, so an envelope naming another database's clock cannot arise; the wrong
/// tenant's stamp can (crossed-tenants.patch), and so can envelopes in the main database (tenant-timers.patch).
/// Handled envelopes stay in the table for five minutes (Wolverine's default), so the run's last deadlines are there to see.
/// An envelope's body is Wolverine's binary envelope with the message's JSON inside, so it is read as escaped text.
/// </summary>
public static class TenantIsolation
{
    /// <summary>Waiting, handled or dead-lettered: a deadline handled in the wrong tenant's context ends among the dead letters.</summary>
    private const string DeadlineEnvelopes = """
        SELECT substring(encode(body, 'escape') from '(?i)"clockId"\s*:\s*"([0-9a-f-]{36})"') AS clock,
               substring(encode(body, 'escape') from 'tenant-id[^A-Za-z0-9]{0,4}([A-Za-z0-9_*-]+)') AS tenant
          FROM (SELECT body FROM milestone.wolverine_incoming_envelopes WHERE message_type LIKE '%SlaDeadline%'
                UNION ALL
                SELECT body FROM milestone.wolverine_dead_letters WHERE message_type LIKE '%SlaDeadline%') deadline
        """;

    public static async Task<IReadOnlyList<Check>> CheckAsync(string main, IReadOnlyList<Site> tenants)
    {
        var checks = new List<Check>();
        foreach (var tenant in tenants)
        {
            var database = new Verification(tenant.ConnectionString);
            var own = await database.ScalarAsync($"""
                SELECT count(*) FROM ({DeadlineEnvelopes}) envelopes
                 WHERE clock IN (SELECT data->>'clockId' FROM milestone.mt_events WHERE type = 'sla_clock_started')
                """);
            checks.Add(new($"tenant {tenant.Tenant}: its database holds SLA deadline envelopes of its own clocks (1 = yes)", 1, own > 0 ? 1 : 0, $"{own} naming its own clocks"));
            checks.Add(new(
                $"tenant {tenant.Tenant}: SLA deadline envelopes in its database to be handled as another tenant's",
                0,
                await database.ScalarAsync($"SELECT count(*) FROM ({DeadlineEnvelopes}) envelopes WHERE tenant IS DISTINCT FROM '{tenant.Tenant}'")));
        }

        var nodes = new Verification(main);
        checks.Add(new("SLA deadline envelopes in the nodes' main database", 0, await nodes.ScalarAsync($"SELECT count(*) FROM ({DeadlineEnvelopes}) envelopes")));
        checks.Add(new("incoming messages waiting, due or parked for a retry in the nodes' main database", 0, await nodes.ScalarAsync($"SELECT count(*) {Backlog.Unhandled}")));
        checks.Add(new("dead letters in the nodes' main database", 0, await nodes.ScalarAsync("SELECT count(*) FROM milestone.wolverine_dead_letters")));
        return checks;
    }
}
