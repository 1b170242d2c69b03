using Milestone.Projections.History;

namespace Milestone.Api.History;

/// <summary>The auditors' views: every event of a stream, in order, with who did it and its link in the hash chain.</summary>
public static class HistoryQueries
{
    public static void AddHistoryQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedEventType>>>>("requestHistory").ListSize(100)
            .Description("Every event of one request, in order: the auditors' view. Client users see the public subset.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var request = await context.VisibleRequestAsync(caller, "id");
                return await HistoryAsync(context, request.Id, caller);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedEventType>>>>("slaClockHistory").ListSize(50)
            .Description("Every event of one request's SLA clock, in order; empty when the request has no clock.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .ResolveAsync(async context =>
            {
                var request = await context.VisibleRequestAsync(context.Caller());
                return await HistoryAsync(context, SlaClock.IdFor(request.Id), context.Caller());
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedEventType>>>>("hourBankHistory").ListSize(200)
            .Description("Every event of one client's hour bank, in order; empty when the client has no bank.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .ResolveAsync(async context =>
            {
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                return await HistoryAsync(context, HourBank.IdFor(clientId), context.Caller());
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordedEventType>>>>("projectHistory").ListSize(100)
            .Description("Every event of one project, in order. Client users see it without the staff's internal task notes.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var project = context.GuidArgument("id") is { } id ? await context.LoadAsync<Project>(id) : null;
                return project is not null && project.IsVisibleTo(caller.AsActor()) ? await HistoryAsync(context, project.Id, caller) : throw Project.NoSuchProject();
            });

        query.AddHistoryVerificationQuery();
    }

    private static void AddHistoryVerificationQuery(this ObjectGraphType query) =>
        query.Field<HistoryVerificationType>("historyVerification")
            .Description("The latest `history verify` run on this deployment's (or tenant's) database; null until it has run. Staff only.")
            .PermittedTo(caller => caller.IsStaff, "read how the history last verified")
            .ResolveAsync(async context => await context.LoadAsync<HistoryVerification>(HistoryVerification.LatestId));

    private static async Task<IReadOnlyList<RecordedEvent>> HistoryAsync(IResolveFieldContext context, Guid streamId, Caller caller)
    {
        await using var session = context.OpenQuerySession();
        var events = await session.Events.FetchStreamAsync(streamId, token: context.CancellationToken);
        var unbroken = await ChainVerification.UnbrokenVersionsAsync(session.Database, streamId, context.CancellationToken);
        return RequestHistory.From(events, unbroken, Serializer(context), caller);
    }

    private static ISerializer Serializer(IResolveFieldContext context) => context.Service<IDocumentStore>().Options.Serializer();
}
