using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;
using Marten.Linq.MatchesSql;

namespace Milestone.Api.Notifications;

/// <summary>The notification bell (issue #23): the caller's own feed, its unread count, their e-mail choices, and new entries live.</summary>
public static class NotificationFields
{
    public const int DefaultPageSize = 20;

    public const int MaxPageSize = 100;

    public static void AddNotificationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<NotificationType, EdgeType<NotificationType>>>>("notifications")
            .Description("The caller's notifications, newest first.")
            .Argument<IntGraphType>("first", argument => argument.DefaultValue = DefaultPageSize)
            .Argument<StringGraphType>("after")
            .Argument<BooleanGraphType>("unreadOnly", argument => argument.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var first = context.GetArgument<int>("first");
                if (first is < 0 or > MaxPageSize)
                {
                    throw Refusals.Invalid("first", $"first must be between 0 and {MaxPageSize}.");
                }

                var after = context.GetArgument<string?>("after") is { } cursor
                    ? NotificationCursor.Decode(cursor) ?? throw Refusals.Invalid("after", "This cursor is not one this feed gave out.")
                    : null;
                await using var session = context.OpenQuerySession();
                var mine = session.Query<Notification>().Where(notification => notification.PersonId == caller.PersonId);
                if (context.GetArgument<bool>("unreadOnly"))
                {
                    mine = mine.Where(notification => notification.ReadAt == null);
                }

                int? totalCount = context.SubFields?.ContainsKey("totalCount") == true ? await mine.CountAsync(context.CancellationToken) : null;
                var past = after is null ? mine : mine.Where(notification => notification.MatchesSql("(d.at, d.id) < (?, ?)", after.At, after.Id));
                var rows = await past.OrderByDescending(notification => notification.At).ThenByDescending(notification => notification.Id)
                    .Take(first + 1).ToListAsync(context.CancellationToken);
                var edges = rows.Take(first)
                    .Select(notification => new Edge<Notification> { Node = notification, Cursor = new NotificationCursor(notification.At, notification.Id).Encode() })
                    .ToList();
                return new Connection<Notification>
                {
                    Edges = edges,
                    TotalCount = totalCount,
                    PageInfo = new PageInfo
                    {
                        HasNextPage = rows.Count > first,
                        HasPreviousPage = after is not null,
                        StartCursor = edges.FirstOrDefault()?.Cursor,
                        EndCursor = edges.LastOrDefault()?.Cursor,
                    },
                };
            });

        query.Field<NonNullGraphType<IntGraphType>>("unreadNotificationCount")
            .Description("How many of the caller's notifications they have not read: the number on the bell.")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                await using var session = context.OpenQuerySession();
                return await session.Query<Notification>()
                    .CountAsync(notification => notification.PersonId == caller.PersonId && notification.ReadAt == null, context.CancellationToken);
            });

        query.Field<NonNullGraphType<NotificationSettingsType>>("notificationPreferences")
            .Description("How each kind of notification reaches the caller by e-mail, and when their daily digest comes.")
            .ResolveAsync(async context => await SettingsOfAsync(context, context.Caller().PersonId));
    }

    public static void AddNotificationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<IntGraphType>>("markNotificationsRead")
            .Description("The caller has seen these notifications of theirs (at most 100); ids of anyone else's are ignored. Answers the unread count left.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async context =>
            {
                await context.InvokeAsync(context.Command<MarkNotificationsRead>());
                return await UnreadCountAsync(context);
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("markAllNotificationsRead")
            .Description("The caller has seen every notification of theirs. Answers the unread count left: none, unless one arrived meanwhile.")
            .ResolveAsync(async context =>
            {
                await context.InvokeAsync(new MarkNotificationsRead(null, context.Caller().AsActor()));
                return await UnreadCountAsync(context);
            });

        mutation.Field<NonNullGraphType<NotificationSettingsType>>("updateNotificationPreferences")
            .Description("Choose, per kind, an e-mail at once (IMMEDIATELY), in the daily digest (DAILY_DIGEST) or none (OFF), and the digest's hour.")
            .Argument<NonNullGraphType<NotificationPreferencesInputType>>("input")
            .ResolveAsync(async context =>
            {
                var command = context.Command<ChangeNotificationPreferences>();
                await context.InvokeAsync(command);
                return await SettingsOfAsync(context, command.PersonId);
            });
    }

    public static void AddNotificationSubscriptions(this ObjectGraphType subscription) =>
        subscription.Field<NonNullGraphType<NotificationType>>("notificationAdded")
            .Description("Each new notification of the caller's as it arrives.")
            .ResolveStreamAsync(context => Task.FromResult<IObservable<object?>>(new NotificationStream(context, context.Caller())));

    private static async Task<int> UnreadCountAsync(IResolveFieldContext context)
    {
        var caller = context.Caller();
        await using var session = context.OpenQuerySession();
        return await session.Query<Notification>().CountAsync(notification => notification.PersonId == caller.PersonId && notification.ReadAt == null, context.CancellationToken);
    }

    private static async Task<NotificationSettings> SettingsOfAsync(IResolveFieldContext context, Guid personId)
    {
        await using var session = context.OpenQuerySession();
        var person = (await session.LoadAsync<PersonAccount>(personId, context.CancellationToken))!;
        var zone = await Notifier.ZoneOfAsync(session, person, context.CancellationToken);
        return NotificationSettings.Of(person.NotificationPreferences, zone.Id);
    }
}
