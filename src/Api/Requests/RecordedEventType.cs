using GraphQL.Types;
using Milestone.Api.GraphQL;

namespace Milestone.Api.Requests;

public sealed record RecordedEvent(long Sequence, long Version, string Type, DateTimeOffset Timestamp, System.Text.Json.JsonElement Data);

public sealed class RecordedEventType : ObjectGraphType<RecordedEvent>
{
    public RecordedEventType()
    {
        Name = "RecordedEvent";
        Description = "One event as it was stored, for auditors.";
        Field(recorded => recorded.Sequence).Description("Position in the whole event store.");
        Field(recorded => recorded.Version).Description("Position in this request's own stream, from 1.");
        Field(recorded => recorded.Type).Description("The event's name, e.g. RequestSubmitted.");
        Field(recorded => recorded.Timestamp).Description("When it was stored.");
        Field(recorded => recorded.Data, type: typeof(NonNullGraphType<JsonGraphType>)).Description("The event's data as stored.");
    }
}
