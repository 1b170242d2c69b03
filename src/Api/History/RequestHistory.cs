using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.Events;
using Marten;
using Milestone.Api.Identity;
using Milestone.Domain.Requests;

namespace Milestone.Api.History;

/// <summary>
/// A stream's events as stored, for auditors. Staff see everything; client users see the public
/// subset of a request: no internal notes, and no message text (they read the conversation as it
/// stands, where a deleted message shows no content).
/// </summary>
public static class RequestHistory
{
    public static IReadOnlyList<RecordedEvent> From(IReadOnlyList<IEvent> events, ISerializer serializer, Caller caller) =>
        events
            .Where(recorded => recorded.Data is not IRequestEvent change || change.MayBeSeenBy(caller))
            .Select(recorded => RecordedEvent.Of(recorded, Data(recorded.Data, serializer, caller.IsStaff)))
            .ToList();

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
