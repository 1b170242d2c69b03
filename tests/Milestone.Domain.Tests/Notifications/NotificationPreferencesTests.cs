using Milestone.Domain.Notifications;
using System.Globalization;
using NodaTime;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Notifications;

public sealed class NotificationPreferencesTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly Person Ann = Person.Evolve(null, Person.Invite(Admin, Member.PersonId, "ann@acme.test", "Ann", Role.ClientMember, Acme, true, Guid.NewGuid(), Now))!;

    [Theory]
    [InlineData("2026-12-07T07:59:00Z", 8, "2026-12-07T08:00:00Z")]
    [InlineData("2026-12-07T08:00:00Z", 8, "2026-12-08T08:00:00Z")]
    [InlineData("2026-07-07T06:30:00Z", 8, "2026-07-07T07:00:00Z")]
    [InlineData("2026-03-28T23:30:00Z", 1, "2026-03-29T01:00:00Z")]
    [InlineData("2026-10-24T23:30:00Z", 1, "2026-10-25T00:00:00Z")]
    [InlineData("2026-10-25T00:30:00Z", 1, "2026-10-26T01:00:00Z")]
    public void The_digest_comes_at_the_next_chosen_hour_on_the_persons_wall_clock(string at, int hour, string expected)
    {
        var preferences = NotificationPreferences.Default with { DigestHour = hour };

        var due = preferences.NextDigestAfter(DateTimeOffset.Parse(at, CultureInfo.InvariantCulture), London);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void A_kind_left_out_is_emailed_at_once()
    {
        var preferences = NotificationPreferences.Normalised([new KindDelivery(NotificationKind.StatusChanged, EmailDelivery.DailyDigest)], 18);

        Assert.Equal(EmailDelivery.DailyDigest, preferences.DeliveryOf(NotificationKind.StatusChanged));
        Assert.Equal(EmailDelivery.Immediately, preferences.DeliveryOf(NotificationKind.StaffReply));
    }

    [Fact]
    public void A_person_changes_their_own_preferences_once_per_change_and_nobody_else_may()
    {
        KindDelivery[] choices = [new(NotificationKind.StaffReply, EmailDelivery.Off), new(NotificationKind.LowBalance, EmailDelivery.DailyDigest)];

        var changed = Ann.ChangeNotificationPreferences(Member, choices, 18, Now).ToList();

        var preferences = Assert.IsType<NotificationPreferencesChanged>(Assert.Single(changed)).Preferences;
        Assert.Equal([NotificationKind.StaffReply, NotificationKind.LowBalance], preferences.Email.Select(choice => choice.Kind));
        Assert.Empty(Person.Evolve(Ann, changed[0])!.ChangeNotificationPreferences(Member, [.. choices.Reverse()], 18, Now));
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Ann.ChangeNotificationPreferences(ClientAdmin, choices, 18, Now).ToList()).Rejection);
        Assert.Equal("digestHour", Assert.Throws<CommandRejected>(() => Ann.ChangeNotificationPreferences(Member, choices, 24, Now).ToList()).Field);
        Assert.Equal("email", Assert.Throws<CommandRejected>(() => Ann.ChangeNotificationPreferences(Member, [.. choices, choices[0]], 8, Now).ToList()).Field);
    }

    [Fact]
    public void A_person_updates_their_own_name_and_time_zone_from_the_iana_database()
    {
        Assert.Equal([new ProfileUpdated(Member.PersonId, Acme, "Ann Archer", "America/New_York", Now)], Ann.UpdateProfile(Member, " Ann Archer ", "America/New_York", Now));
        Assert.Empty(Ann.UpdateProfile(Member, "Ann", " ", Now));
        Assert.Equal("timeZone", Assert.Throws<CommandRejected>(() => Ann.UpdateProfile(Member, "Ann", "Mars/Olympus_Mons", Now).ToList()).Field);
        Assert.Equal("name", Assert.Throws<CommandRejected>(() => Ann.UpdateProfile(Member, " ", null, Now).ToList()).Field);
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => Ann.UpdateProfile(Admin, "Mallory", null, Now).ToList()).Rejection);
    }
}
