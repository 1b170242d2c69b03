namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Timers scheduled in Wolverine's durable inbox, found by message type and by an id their body holds. Making one due
/// shortens the wait, not the path: Wolverine's scheduler still finds and delivers it.
/// </summary>
public static class ScheduledMessages
{
    /// <summary>How many timers of <paramref name="messageType"/> (any, when empty) holding <paramref name="bodyHolds"/> were made due now.</summary>
    public static async Task<int> MakeDueAsync(this MilestoneApp app, string messageType, string bodyHolds)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var due = new NpgsqlCommand(
            "update milestone.wolverine_incoming_envelopes set execution_time = now() - interval '1 second' "
                + "where status = 'Scheduled' and message_type like @type and position(@holds in body) > 0",
            connection);
        due.Parameters.AddWithValue("type", $"%{messageType}%");
        due.Parameters.AddWithValue("holds", Encoding.UTF8.GetBytes(bodyHolds));
        return await due.ExecuteNonQueryAsync();
    }
}
