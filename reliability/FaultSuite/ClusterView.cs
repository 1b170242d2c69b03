using Npgsql;

namespace Milestone.FaultSuite;

/// <summary>The cluster as its leader sees it, read from the main database: which node runs which agent.</summary>
public sealed class ClusterView(string mainConnectionString)
{
    /// <summary>Agents' addresses of the asynchronous projections, one per projection and database.</summary>
    public const string Projections = "event-subscriptions://";

    /// <summary>Agents' addresses of the durability agents (one per message database), which deliver scheduled messages.</summary>
    public const string Schedulers = "wolverinedb://";

    public async Task<IReadOnlyDictionary<string, Guid>> AssignmentsAsync(string scheme)
    {
        await using var connection = new NpgsqlConnection(mainConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, node_id FROM milestone.wolverine_node_assignments WHERE id LIKE @scheme || '%'", connection);
        command.Parameters.AddWithValue("scheme", scheme);
        await using var reader = await command.ExecuteReaderAsync();
        var assignments = new Dictionary<string, Guid>();
        while (await reader.ReadAsync())
        {
            assignments[reader.GetString(0)] = reader.GetGuid(1);
        }

        return assignments;
    }

    /// <summary>The running node that holds the most agents of the kind.</summary>
    public async Task<(HostNode Node, IReadOnlyList<string> Agents)> BusiestAsync(IEnumerable<HostNode> nodes, string scheme)
    {
        var assignments = await AssignmentsAsync(scheme);
        var busiest = nodes.Where(node => node.IsRunning).MaxBy(node => assignments.Values.Count(owner => owner == node.NodeId))!;
        return (busiest, [.. assignments.Where(assignment => assignment.Value == busiest.NodeId).Select(assignment => assignment.Key)]);
    }

    /// <summary>
    /// Waits until the leader has given every projection of every database to a running node, and spread them over more
    /// than one; a cluster that never does fails the check, and the run goes on to show what else that breaks.
    /// </summary>
    public async Task<Check> SpreadAsync(IReadOnlyList<HostNode> nodes, int projections, TimeSpan patience, string when)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var assignments = await AssignmentsAsync(Projections);
            var running = nodes.Where(node => node.IsRunning).Select(node => node.NodeId).ToHashSet();
            var onLiveNodes = assignments.Count(assignment => running.Contains(assignment.Value));
            var spread = onLiveNodes == projections && assignments.Count == projections && assignments.Values.Distinct().Count() > 1;
            if (spread || DateTime.UtcNow > deadline)
            {
                return new Check($"asynchronous projections running on live nodes, more than one, within {patience.TotalSeconds:0} s {when}", projections, spread ? projections : onLiveNodes);
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }
}
