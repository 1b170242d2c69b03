using System.Text.Json.Nodes;
using JasperFx.Events;

namespace Milestone.Api.History;

/// <summary>
/// A stream's events as stored, for auditors. Staff see everything. Client users see what the portal
/// shows them, counted on its own: no internal notes, no message text (they read the conversation as it
/// stands, where a deleted message shows no content) and no worklog notes (their statement shows each
/// worklog's agent, day and minutes, not what the agent wrote); versions are their own ordinals, with no
/// gap where a staff-only event sits, and no position in the whole store, which would tell how busy
/// other clients are. The same holds for a project's stream, whose internal task notes are the staff's.
/// </summary>
public static class RequestHistory
{
    private static readonly Dictionary<Type, string> StaffOnlyProperties = new()
    {
        [typeof(MessagePosted)] = "body",
        [typeof(MessageEdited)] = "body",
        [typeof(WorkLogged)] = "note",
        [typeof(WorklogCorrected)] = "note",
    };

    /// <param name="unbroken">The versions whose link in the hash chain holds as stored now.</param>
    public static IReadOnlyList<RecordedEvent> From(IReadOnlyList<IEvent> events, IReadOnlySet<long> unbroken, ISerializer serializer, Caller caller) =>
        caller.IsStaff
            ? events.Select(recorded => RecordedEvent.Of(recorded, unbroken.Contains(recorded.Version), Stored(recorded.Data, serializer))).ToList()
            : events
                .Where(recorded => recorded.Data is not TaskNoteAdded && (recorded.Data is not IRequestEvent change || change.MayBeSeenBy(caller)))
                .Select((recorded, index) => RecordedEvent.OfClientOrdinal(recorded, index + 1, unbroken.Contains(recorded.Version), ForClients(recorded.Data, serializer)))
                .ToList();

    private static JsonElement Stored(object data, ISerializer serializer)
    {
        using var document = JsonDocument.Parse(serializer.ToJson(data));
        return document.RootElement.Clone();
    }

    private static JsonElement ForClients(object data, ISerializer serializer)
    {
        if (!StaffOnlyProperties.TryGetValue(data.GetType(), out var property))
        {
            return Stored(data, serializer);
        }

        var redacted = JsonNode.Parse(serializer.ToJson(data))!.AsObject();
        redacted.Remove(property);
        return JsonSerializer.SerializeToElement(redacted);
    }
}
