namespace Milestone.Api.Notifications;

public sealed class NotificationKindType : EnumerationGraphType<NotificationKind>;

public sealed class EmailDeliveryType : EnumerationGraphType<EmailDelivery>;

public sealed class NotificationType : ObjectGraphType<Notification>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "An entry in the caller's notification feed: something that happened that concerns them.";
        Field(notification => notification.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(notification => notification.Kind, type: typeof(NonNullGraphType<NotificationKindType>));
        Field(notification => notification.Title).Description("What happened, in a line that stands alone.");
        Field(notification => notification.Body).Description("A few words more: a reply's opening, a reason, a due time.");
        Field(notification => notification.RequestId, type: typeof(IdGraphType)).Description("The request it is about, if any.");
        Field(notification => notification.ClientId, type: typeof(IdGraphType)).Description("The client it is about, if any.");
        Field(notification => notification.At).Description("When it happened.");
        Field(notification => notification.ReadAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("read").Resolve(context => context.Source.ReadAt is not null);
    }
}

/// <summary>The caller's choices with every kind spelled out, and the zone their digest hour is read in.</summary>
public sealed record NotificationSettings(IReadOnlyList<KindDelivery> Email, int DigestHour, string TimeZone)
{
    public static NotificationSettings Of(NotificationPreferences preferences, string timeZone) => new(
        [.. Enum.GetValues<NotificationKind>().Select(kind => new KindDelivery(kind, preferences.DeliveryOf(kind)))], preferences.DigestHour, timeZone);
}

public sealed class NotificationSettingsType : ObjectGraphType<NotificationSettings>
{
    public NotificationSettingsType()
    {
        Name = "NotificationPreferences";
        Description = "How each kind of notification reaches the caller by e-mail; in the app every kind always shows.";
        Field(settings => settings.Email, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<KindDeliveryType>>>)).Description("One entry per kind.");
        Field(settings => settings.DigestHour).Description("The hour (0–23) the daily digest comes, on the caller's clock.");
        Field(settings => settings.TimeZone).Description("The zone the digest hour is read in: the caller's own, else their client's, else UTC.");
    }
}

public sealed class KindDeliveryType : ObjectGraphType<KindDelivery>
{
    public KindDeliveryType()
    {
        Name = "NotificationEmailChoice";
        Field(choice => choice.Kind, type: typeof(NonNullGraphType<NotificationKindType>));
        Field(choice => choice.Delivery, type: typeof(NonNullGraphType<EmailDeliveryType>));
    }
}

public sealed class KindDeliveryInputType : InputObjectGraphType<KindDelivery>
{
    public KindDeliveryInputType()
    {
        Name = "NotificationEmailChoiceInput";
        Field(choice => choice.Kind, type: typeof(NonNullGraphType<NotificationKindType>));
        Field(choice => choice.Delivery, type: typeof(NonNullGraphType<EmailDeliveryType>));
    }
}

public sealed record NotificationPreferencesInput(IReadOnlyList<KindDelivery> Email, int DigestHour);

public sealed class NotificationPreferencesInputType : InputObjectGraphType<NotificationPreferencesInput>
{
    public NotificationPreferencesInputType()
    {
        Name = "NotificationPreferencesInput";
        Field(input => input.Email, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<KindDeliveryInputType>>>))
            .Description("The e-mail choice per kind; a kind left out is e-mailed at once.");
        Field(input => input.DigestHour).Description("The hour (0–23) the daily digest comes, on the caller's clock.");
    }
}
