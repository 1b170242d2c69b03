namespace Milestone.Api.Sla;

public sealed class SlaRecomputationReportType : ObjectGraphType<SlaRecomputationReport>
{
    public SlaRecomputationReportType()
    {
        Name = "SlaRecomputation";
        Field(report => report.DryRun).Description("True: nothing was recorded, this is what a real run would record.");
        Field(report => report.ClocksExamined).Description("Clocks that ran under the policy during the period.");
        Field(report => report.Changes, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SlaTargetChangeType>>>))
            .Description("Every stopped target whose due time, time taken or outcome the correction changes.").ListSize(100);
    }
}

public sealed class SlaTargetChangeType : ObjectGraphType<SlaTargetRecomputed>
{
    public SlaTargetChangeType()
    {
        Name = "SlaTargetChange";
        Field(change => change.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(change => change.Kind, type: typeof(NonNullGraphType<SlaTargetKindType>));
        Field(change => change.Cycle);
        Field(change => change.OldDueAt, nullable: true);
        Field(change => change.NewDueAt, nullable: true);
        Field<NonNullGraphType<IntGraphType>>("oldElapsedSeconds").Resolve(context => (int)context.Source.OldElapsed.TotalSeconds);
        Field<NonNullGraphType<IntGraphType>>("newElapsedSeconds").Resolve(context => (int)context.Source.NewElapsed.TotalSeconds);
        Field(change => change.OldMet);
        Field(change => change.NewMet);
    }
}

public sealed class SlaWhatIfReportType : ObjectGraphType<SlaWhatIfReport>
{
    public SlaWhatIfReportType()
    {
        Name = "SlaWhatIf";
        Field(report => report.Requests).Description("The client's requests submitted in the period.");
        Field(report => report.Actual, type: typeof(NonNullGraphType<SlaWhatIfFiguresType>)).Description("Their targets as they ran.");
        Field(report => report.Proposed, type: typeof(NonNullGraphType<SlaWhatIfFiguresType>)).Description("The same histories replayed under the proposed policy.");
    }
}

public sealed class SlaWhatIfFiguresType : ObjectGraphType<SlaWhatIfFigures>
{
    public SlaWhatIfFiguresType()
    {
        Name = "SlaWhatIfFigures";
        Field(figures => figures.Stopped).Description("Targets stopped, met or late.");
        Field(figures => figures.Met);
        Field(figures => figures.Breached).Description("Stopped late, or breached while still running.");
        Field(figures => figures.AttainmentPercent, nullable: true).Description("met ÷ stopped, to one decimal; null when none stopped.");
        Field(figures => figures.AtRisk).Description("Targets that went at risk.");
        Field(figures => figures.Running).Description("Targets still running now.");
    }
}
