using Milestone.Api.Worklogs;

namespace Milestone.Api.Requests;

public sealed class UrgencyType() : EnumGraphType<Urgency>(description: "How quickly the client needs the request addressed.");

public sealed class RequestStatusType() : EnumGraphType<RequestStatus>(description: "Where a request stands in its lifecycle.");

public sealed class PortalStatusType() : EnumGraphType<PortalStatus>(description: "The Client Portal's plain statuses: submitted, in progress, waiting on you, completed, cancelled.");

public sealed class RequestType : NodeGraphType<RequestDetails>
{
    public RequestType()
        : base("Request", "A piece of work a client asked for.", request => request.Id)
    {
        Field(request => request.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client")
            .Description("The client it is for; null when the caller may not see the client organisation.")
            .Resolve(context => context.Client(context.Source.ClientId));
        Field(request => request.SubmittedBy, type: typeof(NonNullGraphType<IdGraphType>)).Description("The person who submitted it.");
        Field<ParticipantInterface>("submitter")
            .Description("The person who submitted it; null when the caller may not see them.")
            .Resolve(context => context.Participant(context.Source.SubmittedBy));
        Field(request => request.Title);
        Field(request => request.Description);
        Field(request => request.Urgency, type: typeof(NonNullGraphType<UrgencyType>));
        Field(request => request.Status, type: typeof(NonNullGraphType<RequestStatusType>));
        Field<NonNullGraphType<PortalStatusType>>("portalStatus")
            .Description("The status as the Client Portal shows it.")
            .Resolve(context => context.Source.Status.ForPortal());
        Field(request => request.SubmittedAt);
        Field(request => request.LastChangedAt);
        Field<NonNullGraphType<IntGraphType>>("version")
            .Description("The version to send back with the next change, for optimistic concurrency. Client users count only what they can see, so it never moves for staff-only events.")
            .Resolve(context => context.Source.VersionSeenBy(context.Caller()));
        Field(request => request.CompletedAt, nullable: true);
        Field(request => request.CancellationReason, nullable: true);
        Field(request => request.ReopenCount).Description("How many times it was reopened after completion.");
        Field(request => request.WorkItems, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WorkItemType>>>));
        Field(request => request.AssigneeId, type: typeof(IdGraphType)).Description("The agent who owns it, if anyone.");
        Field<ParticipantInterface>("assignee")
            .Description("The agent who owns it; null when nobody does. Client users see a StaffMember.")
            .Resolve(context => context.Participant(context.Source.AssigneeId));
        Field(request => request.Category, nullable: true);
        Field(request => request.LocationId, type: typeof(IdGraphType)).Description("The client's location it is about; null: none in particular.");
        Field<Locations.LocationType>("location").Resolve(context => Locations.LocationLinks.Location(context, context.Source.LocationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Assets.AssetType>>>>("assets").ListSize(3)
            .Description("The client's assets it concerns that the caller may see, in the order they were named.")
            .Resolve(context => Assets.AssetLinks.Assets(context, context.Source.AssetIds));
        Field<RequestedAssetType>("requestedAsset").Description("For a client's request for a new asset, what they asked for; null otherwise.")
            .Resolve(context => context.Source.RequestedAsset);
        Field(request => request.JiraIssueKey, nullable: true).Description("The key of the Jira issue agents work it in (e.g. ACME-42), once created; null again after the issue was deleted in Jira, until the request's next change creates a new one.");
        Field<RequestSlaType>("sla")
            .Description("The request's SLA clocks as they stand now (or at request(asOf)); null when no SLA policy applied at submission.")
            .ResolveAsync(async context => RequestAsOf.Of(context) is { } asOf
                ? await RequestAsOf.SlaAsync(context, context.Source.Id, asOf)
                : SlaClockBatch.SlaOf(context, context.Source.Id, context.Now()));
        Field(request => request.Attachments, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentType>>>))
            .Description("Files attached to the request; upload with POST /requests/{id}/attachments (multipart field \"file\").");
        Field(request => request.LoggedMinutes).Description("All time logged on the request.");
        Field(request => request.BillableMinutes).Description("The billable part of it, which draws the hour bank.");
        Field<ListGraphType<NonNullGraphType<WorklogType>>>("worklogs")
            .Description("The time entries on the request; staff only (null for client users).")
            .ListSize(10)
            .Resolve(context => context.Caller().IsStaff ? context.WorklogsOf(context.Source.Id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KnowledgeBase.ArticleType>>>>("solvedBy").ListSize(5)
            .Description("Knowledge-base articles staff named as what solved it, that the caller may read.")
            .Resolve(context => KnowledgeBase.ArticleLinks.Readable(context, context.Source.SolvingArticleIds));
        Field(request => request.ProjectId, type: typeof(IdGraphType)).Description("The project whose task the request is work on, if any.");
        Field(request => request.ProjectTaskId, type: typeof(IdGraphType)).Description("That task: the request's time counts toward it.");
        Field(request => request.SharedWith, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("People of the same client, besides the submitter, who follow it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("sharedWithPeople")
            .Description("The people of sharedWith, in the same order, leaving out any the caller may not see.")
            .Resolve(context => context.People(context.Source.SharedWith));
    }
}

public sealed class AttachmentType : ObjectGraphType<AttachmentSummary>
{
    public AttachmentType()
    {
        Name = "Attachment";
        Field(attachment => attachment.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(attachment => attachment.FileName);
        Field(attachment => attachment.ContentType);
        Field(attachment => attachment.Size).Description("In bytes.");
        Field(attachment => attachment.Sha256).Description("Hex SHA-256 of the content, to check a download.");
        Field(attachment => attachment.AddedBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ParticipantInterface>("uploader")
            .Description("The person who attached it; null when the caller may not see them.")
            .Resolve(context => context.Participant(context.Source.AddedBy));
        Field(attachment => attachment.AddedAt);
        Field<NonNullGraphType<StringGraphType>>("downloadPath")
            .Description("GET it with the access token to download the file.")
            .Resolve(context => $"/requests/{context.Source.RequestId}/attachments/{context.Source.Id}");
    }
}

public sealed class WorkItemType : ObjectGraphType<WorkItemSummary>
{
    public WorkItemType()
    {
        Name = "WorkItem";
        Description = "A child task under a request.";
        Field(item => item.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(item => item.Title);
        Field(item => item.AssigneeId, type: typeof(IdGraphType));
        Field<ParticipantInterface>("assignee")
            .Description("Who does it; null when nobody does. Client users see a StaffMember.")
            .Resolve(context => context.Participant(context.Source.AssigneeId));
        Field(item => item.AddedAt);
        Field(item => item.CompletedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("done").Resolve(context => context.Source.CompletedAt is not null);
    }
}

public sealed class RequestFilterType : InputObjectGraphType<RequestFilter>
{
    public RequestFilterType()
    {
        Name = "RequestFilter";
        Field(filter => filter.Status, type: typeof(ListGraphType<NonNullGraphType<RequestStatusType>>)).Description("Any of these statuses.");
        Field(filter => filter.Urgency, type: typeof(ListGraphType<NonNullGraphType<UrgencyType>>)).Description("Any of these urgencies.");
        Field(filter => filter.ClientIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Of any of these clients.");
        Field(filter => filter.AssigneeId, type: typeof(IdGraphType)).Description("Assigned to this person (My Work: your own id).");
        Field(filter => filter.Unassigned, nullable: true).Description("Only requests nobody owns.");
        Field(filter => filter.Category, nullable: true).Description("Of this category (at most 100 characters).");
        Field(filter => filter.Search, nullable: true).Description("Words in the title or description (web-style: \"quoted phrases\", -excluded, or); at most 500 characters.");
        Field(filter => filter.SlaState, type: typeof(ListGraphType<NonNullGraphType<SlaStateType>>)).Description("Whose SLA stands in any of these states (the worst of its running targets).");
        Field(filter => filter.LocationIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("About any of these locations.");
        Field(filter => filter.AssetId, type: typeof(IdGraphType)).Description("Concerning this asset.");
    }
}

public sealed record RequestFilter(
    RequestStatus[]? Status,
    Urgency[]? Urgency,
    string[]? ClientIds,
    string? AssigneeId,
    bool? Unassigned,
    string? Category,
    string? Search,
    SlaState[]? SlaState = null,
    string[]? LocationIds = null,
    string? AssetId = null);

public sealed record RequestStatusCount(RequestStatus Status, int Count);

public sealed class RequestStatusCountType : ObjectGraphType<RequestStatusCount>
{
    public RequestStatusCountType()
    {
        Name = "RequestStatusCount";
        Field(count => count.Status, type: typeof(NonNullGraphType<RequestStatusType>));
        Field(count => count.Count);
    }
}

public sealed class RequestedAssetType : ObjectGraphType<RequestedAsset>
{
    public RequestedAssetType()
    {
        Name = "RequestedAsset";
        Field(asset => asset.Kind, type: typeof(NonNullGraphType<Assets.AssetKindType>));
        Field(asset => asset.Reason).Description("What the client said it is for.");
    }
}
