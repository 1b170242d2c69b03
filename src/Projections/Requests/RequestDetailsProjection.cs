using JasperFx.Events;
using Marten.Events.Aggregation;
using Milestone.Domain.Requests;

namespace Milestone.Projections.Requests;

public sealed partial class RequestDetailsProjection : SingleStreamProjection<RequestDetails, Guid>
{
    public static RequestDetails Create(IEvent<RequestSubmitted> submitted) => new(
        submitted.Data.RequestId,
        submitted.Data.ClientId,
        submitted.Data.SubmittedBy,
        submitted.Data.Title,
        submitted.Data.Description,
        submitted.Data.Urgency,
        RequestStatus.Submitted,
        submitted.Data.SubmittedAt,
        submitted.Timestamp);
}
