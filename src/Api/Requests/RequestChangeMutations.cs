namespace Milestone.Api.Requests;

/// <summary>
/// Mutations that move an existing request along. Each names the version the caller last saw; a stale
/// one answers CONFLICT with <c>extensions.currentVersion</c> (<see cref="Milestone.Domain.Requests.Request.UpToDateFor"/>).
/// </summary>
public static class RequestChangeMutations
{
    public static void AddRequestChangeMutations(this ObjectGraphType mutation)
    {
        Change<StartWork>(mutation, "startWork", "Begin work on a submitted request, or resume it after waiting on the client.");
        Change<WaitOnClient>(mutation, "waitOnClient", "Put the request on hold until the client answers; SLA clocks pause.", Reason());
        Change<CompleteRequest>(mutation, "completeRequest", "Mark the work done. With open work items, staff must give overrideReason.",
            new QueryArgument<StringGraphType> { Name = "overrideReason" });
        Change<CancelRequest>(mutation, "cancelRequest", "Withdraw an open request: its submitter, their client admin, or staff.", Reason());
        Change<ReopenRequest>(mutation, "reopenRequest", "Open a completed request again: its client within the reopen window, staff at any time.", Reason());
        Change<AddWorkItem>(mutation, "addWorkItem", "Add a child task to the request.",
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "title" }, new QueryArgument<IdGraphType> { Name = "assigneeId" });
        Change<CompleteWorkItem>(mutation, "completeWorkItem", "Mark a work item done.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "workItemId" });
        Change<AssignRequest>(mutation, "assignRequest", "Give the request to an agent, or leave out assigneeId to unassign it.",
            new QueryArgument<IdGraphType> { Name = "assigneeId" });
        Change<ChangeUrgency>(mutation, "changeUrgency", "Raise or lower the urgency, saying why. SLA targets follow from this moment.",
            new QueryArgument<NonNullGraphType<UrgencyType>> { Name = "urgency" }, Reason());
        Change<CategoriseRequest>(mutation, "categoriseRequest", "Say what kind of work (service or category) this is.",
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "category" });
        Change<EditRequestDetails>(mutation, "editRequestDetails", "The submitter rewords the request, until work begins.",
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "title" }, new QueryArgument<StringGraphType> { Name = "description" });
        Change<ShareRequest>(mutation, "shareRequest", "Let another person of the same client follow the request.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "personId" });
        Change<UnshareRequest>(mutation, "unshareRequest", "Stop sharing the request with a person.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "personId" });
        Change<Projects.LinkRequestToProjectTask>(mutation, "linkRequestToProjectTask", "Make the request work on a project task of its client: its time counts toward the task. Delivery staff.",
            new QueryArgument<NonNullGraphType<Projects.ProjectTaskInputType>> { Name = "projectTask" });
        Change<KnowledgeBase.LinkSolvingArticle>(mutation, "linkSolvingArticle", "Name a knowledge-base article published for the request's client as what solved it. Delivery staff.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "articleId" });
        Change<Locations.ChangeRequestLocation>(mutation, "changeRequestLocation",
            "Say which of the client's open locations the request is about; leave out locationId for none. Its SLA keeps the time zone it started in. "
            + "Delivery staff, the client's admins and the submitter.",
            new QueryArgument<IdGraphType> { Name = "locationId" });
        Change<Assets.ReferenceAsset>(mutation, "referenceAsset", "Say the request concerns one of its client's assets. Delivery staff, the client's admins and the submitter.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "assetId" });
        Change<Assets.RemoveAssetReference>(mutation, "removeAssetReference", "The request no longer concerns the asset. As referenceAsset.",
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "assetId" });
        Change<Projects.UnlinkRequestFromProjectTask>(mutation, "unlinkRequestFromProjectTask", "The request is no longer work on a project task. Delivery staff.");
    }

    private static QueryArgument Reason() => new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "reason" };

    private static void Change<TCommand>(ObjectGraphType mutation, string name, string description, params QueryArgument[] arguments)
        where TCommand : IRequestChange
    {
        var field = mutation.Field<NonNullGraphType<RequestType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The version of the request the caller last saw.");
        foreach (var argument in arguments)
        {
            field.FieldType.Arguments!.Add(argument);
        }

        field.ResolveAsync(context => context.ChangedAsync((TCommand command) => context.LoadAsync<RequestDetails>(command.RequestId)));
    }
}
