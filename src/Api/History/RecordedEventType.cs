using JasperFx.Events;
using Milestone.Projections.History;

namespace Milestone.Api.History;

public sealed record RecordedEvent(long? Sequence, long Version, string Type, DateTimeOffset Timestamp, Guid? ActorId, string? Hash, JsonElement Data)
{
    public static RecordedEvent Of(IEvent recorded, JsonElement data) => new(
        recorded.Sequence,
        recorded.Version,
        recorded.EventType.Name,
        recorded.Timestamp,
        Guid.TryParse(recorded.UserName, out var actor) ? actor : null,
        recorded.GetHeader(HistoryChain.HashHeader)?.ToString(),
        data);

    /// <summary>An event as a client user sees it: numbered among the events they can see, with no place in the whole store.</summary>
    public static RecordedEvent OfClientOrdinal(IEvent recorded, long ordinal, JsonElement data) =>
        Of(recorded, data) with { Sequence = null, Version = ordinal };
}

public sealed class RecordedEventType : ObjectGraphType<RecordedEvent>
{
    public RecordedEventType()
    {
        Name = "RecordedEvent";
        Description = "One event as it was stored, for auditors.";
        Field(recorded => recorded.Sequence, nullable: true).Description("Position in the whole event store; null for client users, to whom it would tell how busy others are.");
        Field(recorded => recorded.Version).Description("Position in its own stream, from 1. Client users count only the events they can see, as their request's version does.");
        Field(recorded => recorded.Type).Description("The event's name, e.g. RequestSubmitted.");
        Field(recorded => recorded.Timestamp).Description("When it was stored.");
        Field(recorded => recorded.ActorId, type: typeof(IdGraphType))
            .Description("The person whose command wrote it; null when Milestone wrote it itself (SLA clocks following a request, deadlines, hour-bank postings and chores).");
        Field<ParticipantInterface>("actor")
            .Description("The person of actorId; client users see the MSP's staff as a StaffMember.")
            .Resolve(context => context.Participant(context.Source.ActorId));
        Field(recorded => recorded.Hash, nullable: true)
            .Description("SHA-256 chaining it to the event before it in its stream (`history verify` checks the chain); null only for events stored before the chain existed.");
        Field(recorded => recorded.Data, type: typeof(NonNullGraphType<JsonGraphType>)).Description("The event's data as stored.");
    }
}
