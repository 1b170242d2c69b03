namespace Milestone.Domain.Sla;

/// <summary>
/// How much business time staff have to answer a request of one urgency: the first public reply and the
/// resolution always; optionally the next public reply after each client message (<see cref="NextReply"/>)
/// and the longest silence between public staff updates while the request is open (<see cref="PeriodicUpdate"/>).
/// </summary>
public sealed record SlaTargets(Urgency Urgency, TimeSpan Response, TimeSpan Resolution, TimeSpan? NextReply = null, TimeSpan? PeriodicUpdate = null)
{
    public TimeSpan? Of(SlaTargetKind kind) => kind switch
    {
        SlaTargetKind.Response => Response,
        SlaTargetKind.Resolution => Resolution,
        SlaTargetKind.NextReply => NextReply,
        _ => PeriodicUpdate,
    };
}
