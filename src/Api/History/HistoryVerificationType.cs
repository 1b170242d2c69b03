using Milestone.Projections.History;

namespace Milestone.Api.History;

public sealed class HistoryVerificationType : ObjectGraphType<HistoryVerification>
{
    public HistoryVerificationType()
    {
        Name = "HistoryVerification";
        Description = "How `history verify` last found the tamper-evident hash chains of every event stream.";
        Field(verification => verification.VerifiedAt).Description("When it ran.");
        Field(verification => verification.Intact).Description("Every chain held: no event altered, re-hashed, removed or cut off.");
        Field(verification => verification.EventsChecked).Description("How many events it checked.");
        Field(verification => verification.StreamsChecked).Description("How many streams it checked.");
        Field(verification => verification.BrokenStreams).Description("How many streams had a broken link.");
        Field<IdGraphType>("firstBrokenStreamId").Description("The stream of the earliest broken link in the whole store; null when intact.")
            .Resolve(context => context.Source.FirstBreak?.StreamId);
        Field<LongGraphType>("firstBrokenVersion").Description("Where in that stream its chain breaks first; null when intact.")
            .Resolve(context => context.Source.FirstBreak?.Version);
        Field<StringGraphType>("firstBrokenProblem").Description("What is wrong there, as `history verify` says it; null when intact.")
            .Resolve(context => context.Source.FirstBreak?.Problem);
    }
}
