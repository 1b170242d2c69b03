namespace Milestone.Api.Requests;

public sealed record SubmitRequestInput(string Title, string? Description, Urgency Urgency, string? ClientId, string? IdempotencyKey, IReadOnlyList<string>? SuggestedArticleIds, string? LocationId, IReadOnlyList<string>? AssetIds);

public sealed class SubmitRequestInputType : InputObjectGraphType<SubmitRequestInput>
{
    public SubmitRequestInputType()
    {
        Name = "SubmitRequestInput";
        Field(input => input.Title).Description($"A short summary, at most {RequestRules.TitleMaxLength} characters.");
        Field(input => input.Description, nullable: true).Description($"The details, at most {RequestRules.DescriptionMaxLength} characters.");
        Field(input => input.Urgency, type: typeof(NonNullGraphType<UrgencyType>)).DefaultValue(Urgency.Normal);
        Field(input => input.IdempotencyKey, nullable: true)
            .Description("Any string unique to this submission (e.g. a UUID made by the form). Sending it again returns the first request and submits nothing.");
        Field(input => input.ClientId, type: typeof(IdGraphType)).Description("Staff only: the client the request is for. Client users always submit for their own organisation.");
        Field(input => input.SuggestedArticleIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description($"The articles suggestArticles offered while the request was written, which did not answer it (at most {Request.MaxPassedOverArticles}): counted as submitted anyway.");
        Field(input => input.LocationId, type: typeof(IdGraphType))
            .Description("The client's open location the request is about; left out, the submitter's own location, if they have one.");
        Field(input => input.AssetIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description($"The client's assets the request concerns, at most {Request.MaxAssets}.");
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
