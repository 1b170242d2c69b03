using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.Events;
using Marten;
using Milestone.Domain.Requests;

namespace Milestone.Api.Requests;

/// <summary>
/// A request's events as stored, for auditors. Staff see everything; client users see the public
/// subset: no internal notes, and no message text (they read the conversation as it stands, where a
/// deleted message shows no content).
/// </summary>
public static class RequestHistory
{
    public static IReadOnlyList<RecordedEvent> From(IReadOnlyList<IEvent> events, ISerializer serializer, bool forStaff) =>
        events
            .Where(recorded => forStaff || !IsInternal(recorded.Data))
            .Select(recorded => new RecordedEvent(
                recorded.Sequence,
                recorded.Version,
                recorded.EventType.Name,
                recorded.Timestamp,
                Data(recorded.Data, serializer, forStaff)))
            .ToList();

    private static bool IsInternal(object data) => data switch
    {
        MessagePosted posted => posted.Internal,
        MessageEdited edited => edited.Internal,
        MessageDeleted deleted => deleted.Internal,
        _ => false,
    };

    private static JsonElement Data(object data, ISerializer serializer, bool forStaff)
    {
        var stored = serializer.ToJson(data);
        if (forStaff || data is not (MessagePosted or MessageEdited))
        {
            using var document = JsonDocument.Parse(stored);
            return document.RootElement.Clone();
        }

        var withoutText = JsonNode.Parse(stored)!.AsObject();
        withoutText.Remove("body");
        return JsonSerializer.SerializeToElement(withoutText);
    }
}
