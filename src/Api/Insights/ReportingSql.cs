using Milestone.Projections.Reporting;
using Npgsql;
using NpgsqlTypes;

namespace Milestone.Api.Insights;

/// <summary>
/// The dashboards' figures, read from the reporting tables (docs/reporting.md) with the same SQL a report
/// builder would write: aggregates over rows kept by projections, never a walk over event streams. Instants
/// are cut into days and months in the scope's time zone; work dates are days already.
/// </summary>
public sealed class ReportingSql(IDocumentStore store, CurrentTenant tenant)
{
    private const string InClients = "(@clients::uuid[] is null or client_id = any(@clients))";

    /// <summary>
    /// The work credited in the span, one row per completion, stopped SLA target and worklog, each with the agent
    /// and the instant or day it counts at; agents' and teams' figures group these.
    /// </summary>
    private const string CreditedWork = $"""
        completions as (
          select c.actor_id as agent_id, c.at,
            exists (select 1 from {ReportingTable.StatusChanges} later
              where later.request_id = c.request_id and later.sequence > c.sequence and later.from_status = 'Completed') as reopened
          from {ReportingTable.StatusChanges} c
          where c.to_status = 'Completed' and c.at >= @start and c.at < @end and {InClients}),
        targets as (
          select credited_to as agent_id, stopped_at as at, kind, met, elapsed_seconds from {ReportingTable.SlaCycles}
          where outcome in ('Met', 'Breached') and credited_to is not null and stopped_at >= @start and stopped_at < @end and {InClients}),
        worked as (
          select agent_id, work_date, minutes from {ReportingTable.Worklogs}
          where state <> 'Deleted' and work_date >= @from and work_date <= @to and {InClients})
        """;

    private const string HandledFigures = "count(*)::int as handled, count(*) filter (where reopened)::int as reopened";

    private const string TargetFigures = """
        count(*) filter (where kind = 'Response')::int as responses, count(*) filter (where kind = 'Response' and met)::int as responses_met,
        round(avg(elapsed_seconds) filter (where kind = 'Response'))::int as response_seconds,
        count(*) filter (where kind = 'Resolution')::int as resolutions, count(*) filter (where kind = 'Resolution' and met)::int as resolutions_met,
        round(avg(elapsed_seconds) filter (where kind = 'Resolution'))::int as resolution_seconds
        """;

    /// <summary>The figures' columns, in the order <see cref="Work"/> reads them.</summary>
    private const string WorkColumns = """
        coalesce(h.handled, 0), coalesce(t.responses, 0), coalesce(t.responses_met, 0), t.response_seconds,
        coalesce(t.resolutions, 0), coalesce(t.resolutions_met, 0), t.resolution_seconds, coalesce(w.minutes, 0), coalesce(h.reopened, 0)
        """;

    public Task<IReadOnlyList<VolumeLine>> VolumeAsync(InsightScope scope, string bucket, CancellationToken cancellation) => ReadAsync(
        $"""
        select date_trunc('{bucket}', submitted_at at time zone @zone)::date, status, urgency, category, count(*)::int
        from {ReportingTable.Requests}
        where submitted_at >= @start and submitted_at < @end and {InClients}
        group by 1, 2, 3, 4 order by 1, 2, 3, 4
        """,
        scope,
        row => new VolumeLine(row.GetFieldValue<DateOnly>(0), row.GetString(1), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3), row.GetInt32(4)),
        cancellation);

    public async Task<FlowFigures> FlowAsync(InsightScope scope, CancellationToken cancellation) => (await ReadAsync(
        $"""
        select
          (select count(*)::int from {ReportingTable.Requests} where submitted_at >= @start and submitted_at < @end and {InClients}),
          count(*) filter (where to_status = 'Completed')::int,
          count(*) filter (where to_status = 'Cancelled')::int,
          count(*) filter (where from_status = 'Completed' and to_status = 'InProgress')::int
        from {ReportingTable.StatusChanges}
        where at >= @start and at < @end and {InClients}
        """,
        scope,
        row => new FlowFigures(row.GetInt32(0), row.GetInt32(1), row.GetInt32(2), row.GetInt32(3)),
        cancellation)).Single();

    public async Task<SelfServiceFigures> SelfServiceAsync(InsightScope scope, CancellationToken cancellation) => (await ReadAsync(
        $"""
        select count(*) filter (where outcome = 'Answered')::int, count(*) filter (where outcome = 'SubmittedAnyway')::int
        from {ReportingTable.SelfService}
        where at >= @start and at < @end and {InClients}
        """,
        scope,
        row => new SelfServiceFigures(row.GetInt32(0), row.GetInt32(1)),
        cancellation)).Single();

    public async Task<SlaFigures> SlaAsync(InsightScope scope, CancellationToken cancellation)
    {
        var byKind = (await ReadAsync(
            $"""
            select kind, count(*)::int, count(*) filter (where met)::int, round(avg(elapsed_seconds))::int
            from {ReportingTable.SlaCycles}
            where outcome in ('Met', 'Breached') and stopped_at >= @start and stopped_at < @end and {InClients}
            group by kind
            """,
            scope,
            row => (Kind: row.GetString(0), Attainment: Attainment(row, 1)),
            cancellation)).ToDictionary(line => line.Kind, line => line.Attainment);
        return new SlaFigures(byKind.GetValueOrDefault("Response", None), byKind.GetValueOrDefault("Resolution", None));
    }

    public async Task<HourFigures> HoursAsync(InsightScope scope, CancellationToken cancellation) => (await ReadAsync(
        $"""
        select
          coalesce(sum(minutes), 0)::int, coalesce(sum(minutes) filter (where billable), 0)::int,
          (select coalesce(sum(minutes), 0)::int from {ReportingTable.LedgerEntries}
             where entry in ('Purchase', 'Allocation') and at >= @start and at < @end and {InClients}),
          (select coalesce(-sum(minutes), 0)::int from {ReportingTable.LedgerEntries}
             where entry in ('Debit', 'Reversal') and at >= @start and at < @end and {InClients})
        from {ReportingTable.Worklogs}
        where state <> 'Deleted' and work_date >= @from and work_date <= @to and {InClients}
        """,
        scope,
        row => new HourFigures(row.GetInt32(0), row.GetInt32(1), row.GetInt32(2), row.GetInt32(3)),
        cancellation)).Single();

    /// <summary>The backlog as it stands now, whatever the span: requests not completed or cancelled.</summary>
    public Task<BacklogFigures> BacklogAsync(InsightScope scope, CancellationToken cancellation) => BacklogOfAsync(
        $"""
          select extract(epoch from (@now - submitted_at)) / 86400.0 as age from {ReportingTable.Requests}
          where status not in ('Completed', 'Cancelled') and {InClients}
        """,
        scope,
        cancellation);

    /// <summary>
    /// The backlog as it stood at the scope's <see cref="InsightScope.Now"/>, for reviews of a quarter already over:
    /// requests submitted by then whose last status change by then left them open, aged at that instant.
    /// </summary>
    public Task<BacklogFigures> BacklogAtAsync(InsightScope scope, CancellationToken cancellation) => BacklogOfAsync(
        $"""
          select extract(epoch from (@now - r.submitted_at)) / 86400.0 as age from {ReportingTable.Requests} r
          where r.submitted_at <= @now and {InClients}
            and coalesce(
              (select c.to_status from {ReportingTable.StatusChanges} c where c.request_id = r.request_id and c.at <= @now order by c.sequence desc limit 1),
              'Submitted') not in ('Completed', 'Cancelled')
        """,
        scope,
        cancellation);

    /// <summary>The backlog figures of the open requests <paramref name="openRequestAges"/> selects, one <c>age</c> in days each.</summary>
    private async Task<BacklogFigures> BacklogOfAsync(string openRequestAges, InsightScope scope, CancellationToken cancellation) => (await ReadAsync(
        $"""
        with open as ({openRequestAges})
        select count(*)::int, round(avg(age)::numeric, 1)::float8,
          count(*) filter (where age < 1)::int, count(*) filter (where age >= 1 and age < 7)::int,
          count(*) filter (where age >= 7 and age < {BacklogFigures.StaleAfterDays})::int, count(*) filter (where age >= {BacklogFigures.StaleAfterDays})::int
        from open
        """,
        scope,
        row => new BacklogFigures(row.GetInt32(0), row.IsDBNull(1) ? null : row.GetDouble(1), row.GetInt32(2), row.GetInt32(3), row.GetInt32(4), row.GetInt32(5)),
        cancellation)).Single();

    /// <summary>
    /// A client's hour bank as it stood at <paramref name="asOf"/>, read as the hourBank field reads it;
    /// null when the client had no open bank then.
    /// </summary>
    public async Task<HourBankView?> HourBankAtAsync(Guid clientId, DateTimeOffset asOf, DateTimeOffset now, CancellationToken cancellation)
    {
        await using var session = store.QuerySession(tenant.Id);
        return await session.BankAsOfAsync(clientId, asOf, now, cancellation);
    }

    /// <summary>
    /// Per agent: completions they made in the span (handled), the SLA targets credited to them, time they logged,
    /// and how many of their completions were reopened later; named from the people read model.
    /// </summary>
    public async Task<IReadOnlyList<AgentPerformance>> AgentsAsync(InsightScope scope, CancellationToken cancellation)
    {
        var lines = await ReadAsync(
            $"""
            with {CreditedWork},
            h as (select agent_id, {HandledFigures} from completions group by agent_id),
            t as (select agent_id, {TargetFigures} from targets group by agent_id),
            w as (select agent_id, sum(minutes)::int as minutes from worked group by agent_id)
            select agent_id, {WorkColumns}
            from h full join t using (agent_id) full join w using (agent_id)
            order by agent_id
            """,
            scope,
            row => (AgentId: row.GetGuid(0), Work: Work(row, 1)),
            cancellation);
        await using var session = store.QuerySession(tenant.Id);
        var names = (await session.LoadManyAsync<PersonAccount>(cancellation, lines.Select(line => line.AgentId))).ToDictionary(person => person.Id, person => person.Name);
        return [.. lines.Select(line => new AgentPerformance(
            line.AgentId, names.GetValueOrDefault(line.AgentId), line.Work.Handled, line.Work.Responses, line.Work.Resolutions, line.Work.LoggedMinutes, line.Work.ReopenedAfterwards))];
    }

    /// <summary>
    /// Per team, every team by name: its members' work while they belonged to it. A completion or SLA target counts
    /// when its instant falls in a membership; a worklog when its work date does, in the scope's zone, from the day
    /// the member joined to the day before they left.
    /// </summary>
    public Task<IReadOnlyList<TeamPerformance>> TeamsAsync(InsightScope scope, CancellationToken cancellation) => ReadAsync(
        $"""
        with {CreditedWork},
        spells as (
          select team_id, person_id, joined_at, left_at,
            (joined_at at time zone @zone)::date as first_day, (left_at at time zone @zone)::date as day_left
          from {ReportingTable.TeamMemberships}),
        h as (
          select s.team_id, {HandledFigures} from completions credit
          join spells s on s.person_id = credit.agent_id and credit.at >= s.joined_at and (s.left_at is null or credit.at < s.left_at)
          group by s.team_id),
        t as (
          select s.team_id, {TargetFigures} from targets credit
          join spells s on s.person_id = credit.agent_id and credit.at >= s.joined_at and (s.left_at is null or credit.at < s.left_at)
          group by s.team_id),
        w as (
          select s.team_id, sum(minutes)::int as minutes from worked credit
          join spells s on s.person_id = credit.agent_id and credit.work_date >= s.first_day and (s.left_at is null or credit.work_date < s.day_left)
          group by s.team_id)
        select team.team_id, team.name, {WorkColumns}
        from {ReportingTable.Teams} team left join h using (team_id) left join t using (team_id) left join w using (team_id)
        order by team.name, team.team_id
        """,
        scope,
        row =>
        {
            var work = Work(row, 2);
            return new TeamPerformance(row.GetGuid(0), row.GetString(1), work.Handled, work.Responses, work.Resolutions, work.LoggedMinutes, work.ReopenedAfterwards);
        },
        cancellation);

    public async Task<ClientHealth> HealthAsync(InsightScope scope, CancellationToken cancellation) => ClientHealth.Of(
        await SlaAsync(scope, cancellation), await BacklogAsync(scope, cancellation), await HoursAsync(scope, cancellation), await FlowAsync(scope, cancellation));

    /// <summary>The clients with anything in the reporting tables, of those in scope.</summary>
    public Task<IReadOnlyList<Guid>> ClientsAsync(InsightScope scope, CancellationToken cancellation) => ReadAsync(
        $"select distinct client_id from {ReportingTable.Requests} where {InClients} order by client_id",
        scope,
        row => row.GetGuid(0),
        cancellation);

    private static readonly TargetAttainment None = new(0, 0, null);

    private static TargetAttainment Attainment(NpgsqlDataReader row, int first) =>
        new(row.GetInt32(first), row.GetInt32(first + 1), row.IsDBNull(first + 2) ? null : row.GetInt32(first + 2));

    private static (int Handled, TargetAttainment Responses, TargetAttainment Resolutions, int LoggedMinutes, int ReopenedAfterwards) Work(NpgsqlDataReader row, int first) =>
        (row.GetInt32(first), Attainment(row, first + 1), Attainment(row, first + 4), row.GetInt32(first + 7), row.GetInt32(first + 8));

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, InsightScope scope, Func<NpgsqlDataReader, T> read, CancellationToken cancellation)
    {
        await using var connection = (NpgsqlConnection)(await store.Storage.FindOrCreateDatabase(tenant.Id)).CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("start", scope.Start);
        command.Parameters.AddWithValue("end", scope.End);
        command.Parameters.AddWithValue("from", scope.From);
        command.Parameters.AddWithValue("to", scope.To);
        command.Parameters.AddWithValue("now", scope.Now);
        command.Parameters.AddWithValue("zone", scope.TimeZone);
        command.Parameters.Add(new NpgsqlParameter("clients", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = (object?)scope.Clients?.ToArray() ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellation))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
