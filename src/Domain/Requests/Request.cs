namespace Milestone.Domain.Requests;

/// <summary>
/// The write-side state of one request, rebuilt from its own event stream before every decision.
/// </summary>
public sealed partial record Request(
    Guid Id,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string Description,
    Urgency Urgency,
    RequestStatus Status,
    DateTimeOffset SubmittedAt)
{
    public int Version { get; set; }

    public static Request? Evolve(Request? state, object @event) => @event switch
    {
        RequestSubmitted submitted => new Request(
            submitted.RequestId,
            submitted.ClientId,
            submitted.SubmittedBy,
            submitted.Title,
            submitted.Description,
            submitted.Urgency,
            RequestStatus.Submitted,
            submitted.SubmittedAt) { LocationId = submitted.LocationId, AssetIds = [.. submitted.AssetIds ?? []] },
        _ => state?.EvolvePlace(@event).EvolveLifecycle(@event).EvolveWorkItems(@event).EvolveChanges(@event).EvolveMessages(@event).EvolveWorklogs(@event).EvolveAttachments(@event).EvolveJiraIssue(@event).EvolveAudience(@event).EvolveProjectTask(@event).EvolveSolvingArticles(@event),
    };

    public const int MaxPassedOverArticles = 20;

    /// <summary>
    /// Client users submit for their own organisation (naming it or not); staff for a client they work for,
    /// which they must name. A client the actor may not act for is, to them, not there. The articles suggested
    /// while it was written, if any, are recorded as passed over.
    /// </summary>
    public static RequestSubmitted Submit(
        Actor actor,
        Guid requestId,
        Guid? namedClientId,
        bool namedClientExists,
        string title,
        string? description,
        Urgency urgency,
        DateTimeOffset now,
        IReadOnlyList<Guid>? passedOverArticleIds = null)
    {
        if (!actor.Role.MaySubmitRequests())
        {
            throw new CommandRejected(Rejection.Forbidden, "Your role may not submit requests.");
        }

        var clientId = ClientOfNewRequest(actor, namedClientId, namedClientExists);
        RequestRules.RequireTitle(title, RequestRules.TitleMaxLength);
        RequestRules.RequireAtMost(description, "description", RequestRules.DescriptionMaxLength);
        RequestRules.RequireKnown(urgency);
        var passedOver = (passedOverArticleIds ?? []).Distinct().ToList();
        if (passedOver.Count > MaxPassedOverArticles)
        {
            throw new CommandRejected(Rejection.Invalid, $"Name at most {MaxPassedOverArticles} suggested articles.", "suggestedArticleIds");
        }

        return Submit(requestId, clientId, actor.PersonId, title, description, urgency, now) with { PassedOverArticleIds = passedOver.Count > 0 ? passedOver : null };
    }

    private static Guid ClientOfNewRequest(Actor actor, Guid? namedClientId, bool namedClientExists)
    {
        if (!actor.IsStaff)
        {
            return namedClientId is null || namedClientId == actor.ClientId ? actor.ClientId!.Value : throw NoSuchClient();
        }

        return namedClientId is not { } clientId
            ? throw new CommandRejected(Rejection.Invalid, "Staff name the client the request is for.", "clientId")
            : namedClientExists && actor.WorksWith(clientId) ? clientId : throw NoSuchClient();
    }

    private static CommandRejected NoSuchClient() => new(Rejection.NotFound, "There is no such client.");

    public static RequestSubmitted Submit(
        Guid requestId,
        Guid clientId,
        Guid submittedBy,
        string title,
        string? description,
        Urgency urgency,
        DateTimeOffset now) =>
        new(requestId, clientId, submittedBy, title.Trim(), description?.Trim() ?? string.Empty, urgency, now);
}
