using System.Text.Json;
using JasperFx.Events;
using Marten;

namespace Milestone.Api.Requests;

public static class RequestHistory
{
    public static IReadOnlyList<RecordedEvent> From(IReadOnlyList<IEvent> events, ISerializer serializer) =>
        events
            .Select(recorded => new RecordedEvent(
                recorded.Sequence,
                recorded.Version,
                recorded.EventType.Name,
                recorded.Timestamp,
                JsonDocument.Parse(serializer.ToJson(recorded.Data)).RootElement.Clone()))
            .ToList();
}
