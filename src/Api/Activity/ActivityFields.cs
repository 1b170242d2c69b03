using Milestone.Projections.Activity;

namespace Milestone.Api.Activity;

public static class ActivityFields
{
    public const int MaxEntries = 100;

    public static void AddActivityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityEntryType>>>>("activity")
            .Description("What happened lately on the requests the caller may see, newest first: the portal's activity feed. Internal notes never appear.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = 20)
            .Argument<DateTimeOffsetGraphType>("before", argument => argument.Description = "Only what happened before this moment (the At of the last entry seen).")
            .Argument<IdGraphType>("clientId")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var first = context.GetArgument<int>("first");
                if (first is < 1 or > MaxEntries)
                {
                    throw Refusals.Invalid("first", $"first must be between 1 and {MaxEntries}.");
                }

                await using var session = context.OpenQuerySession();
                var entries = await session.ActivityVisibleToAsync(caller, context.CancellationToken);
                if (context.GetArgument<string?>("clientId") is not null)
                {
                    var clientId = context.GuidArgument("clientId");
                    entries = entries.Where(entry => entry.ClientId == clientId);
                }

                if (context.GetArgument<DateTimeOffset?>("before") is { } before)
                {
                    entries = entries.Where(entry => entry.At < before);
                }

                return await entries.OrderByDescending(entry => entry.At).Take(first).ToListAsync(context.CancellationToken);
            });
    }
}

public sealed class ActivityKindType : EnumerationGraphType<ActivityKind>;

public sealed class ActivityEntryType : ObjectGraphType<ActivityEntry>
{
    public ActivityEntryType()
    {
        Name = "ActivityEntry";
        Field(entry => entry.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(entry => entry.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(entry => entry.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<RequestType>("request").Resolve(context => context.LinkedRequest(context.Source.RequestId));
        Field(entry => entry.Kind, type: typeof(NonNullGraphType<ActivityKindType>));
        Field(entry => entry.ActorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Who did it.");
        Field<ParticipantInterface>("actor")
            .Description("Who did it; client users see the MSP's staff as a StaffMember.")
            .Resolve(context => context.Participant(context.Source.ActorId));
        Field(entry => entry.At);
        Field(entry => entry.Detail, nullable: true).Description("The title of a new request, or the reason given.");
    }
}
