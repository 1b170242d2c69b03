using GraphQL.Types;
using Milestone.Domain.Requests;
using Milestone.Projections.Requests;

namespace Milestone.Api.Requests;

public sealed record SubmitRequestInput(string Title, string? Description, Urgency Urgency);

public sealed class SubmitRequestInputType : InputObjectGraphType<SubmitRequestInput>
{
    public SubmitRequestInputType()
    {
        Name = "SubmitRequestInput";
        Field(input => input.Title).Description($"A short summary, at most {RequestRules.TitleMaxLength} characters.");
        Field(input => input.Description, nullable: true).Description($"The details, at most {RequestRules.DescriptionMaxLength} characters.");
        Field(input => input.Urgency, type: typeof(NonNullGraphType<UrgencyType>)).DefaultValue(Urgency.Normal);
    }
}

public sealed record SubmitRequestPayload(RequestDetails Request);

public sealed class SubmitRequestPayloadType : ObjectGraphType<SubmitRequestPayload>
{
    public SubmitRequestPayloadType()
    {
        Name = "SubmitRequestPayload";
        Field(payload => payload.Request, type: typeof(NonNullGraphType<RequestType>));
    }
}
