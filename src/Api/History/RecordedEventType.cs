using JasperFx.Events;
using Milestone.Projections.History;

namespace Milestone.Api.History;

public sealed record RecordedEvent(long? Sequence, long Version, string Type, DateTimeOffset Timestamp, Guid? ActorId, string? Hash, bool Verified, JsonElement Data)
{
    public static RecordedEvent Of(IEvent recorded, bool verified, JsonElement data) => new(
        recorded.Sequence,
        recorded.Version,
        recorded.EventType.Name,
        recorded.Timestamp,
        Guid.TryParse(recorded.UserName, out var actor) ? actor : null,
        recorded.GetHeader(HistoryChain.HashHeader)?.ToString(),
        verified,
        data);

    /// <summary>An event as a client user sees it: numbered among the events they can see, with no place in the whole store.</summary>
    public static RecordedEvent OfClientOrdinal(IEvent recorded, long ordinal, bool verified, JsonElement data) =>
        Of(recorded, verified, data) with { Sequence = null, Version = ordinal };
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
        Field<StringGraphType>("actorName")
            .Description("The name of the person of actorId, as actor shows it (a client user sees a staff member's name too); null when Milestone wrote it itself or the caller may not see the person.")
            .Resolve(context => context.Participant(context.Source.ActorId)?.Then(participant => participant switch
            {
                PersonAccount person => person.Name,
                StaffMember staff => staff.Name,
                _ => null,
            }));
        Field(recorded => recorded.Hash, nullable: true)
            .Description("SHA-256 chaining it to the event before it in its stream (`history verify` checks the chain); null only for events stored before the chain existed.");
        Field(recorded => recorded.Verified)
            .Description("Whether its hash follows, as stored now, from its contents and the hash before it, checked as it is served; false when this event or the one before it was altered or removed in the database since it was written, and for an event stored before the chain existed.");
        Field(recorded => recorded.Data, type: typeof(NonNullGraphType<JsonGraphType>)).Description("The event's data as stored.");
    }
}
