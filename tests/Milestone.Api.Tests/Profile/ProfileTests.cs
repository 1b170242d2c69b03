namespace Milestone.Api.Tests.Profile;

/// <summary>What a signed-in person changes for themselves: name, time zone and password.</summary>
[Collection(Collections.Sessions)]
public sealed class ProfileTests(MilestoneApp app)
{
    private const string Update = "mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id name timeZone } }";

    private const string Change = "mutation($input: ChangePasswordInput!) { changePassword(input: $input) }";

    private const string NewPassword = "a much better password than before";

    [Fact]
    public async Task A_person_changes_their_name_and_time_zone_which_their_digest_then_follows()
    {
        var member = await app.ClientUserAsync();

        var updated = (await app.Host.GraphQLAsync(Update, new { input = new { name = "Ann Archer", timeZone = "America/New_York" } }, member)).Data("updateProfile");
        var settings = (await app.Host.GraphQLAsync("{ notificationPreferences { timeZone } }", signedIn: member)).Data("notificationPreferences");
        var unknownZone = await app.Host.GraphQLAsync(Update, new { input = new { name = "Ann", timeZone = "Mars/Olympus_Mons" } }, member);

        Assert.Equal((member.PersonId.ToString(), "Ann Archer", "America/New_York"), (
            updated.GetProperty("id").GetString(), updated.GetProperty("name").GetString(), updated.GetProperty("timeZone").GetString()));
        Assert.Equal("America/New_York", settings.GetProperty("timeZone").GetString());
        Assert.Equal(("VALIDATION", "timeZone"), (unknownZone.SingleError().Code(), unknownZone.SingleError().Extension("field")));
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one_ends_the_other_sessions_keeps_this_one_and_says_so_by_email()
    {
        var laptop = await app.ClientUserAsync();
        var phone = await app.SignInAsync(laptop.Email);

        var wrong = await app.Host.GraphQLAsync(Change, new { input = new { currentPassword = "not my password at all", newPassword = NewPassword } }, laptop);
        var changed = await app.Host.GraphQLAsync(Change, new { input = new { currentPassword = Identities.Password, newPassword = NewPassword } }, laptop);

        Assert.Equal(("VALIDATION", "currentPassword"), (wrong.SingleError().Code(), wrong.SingleError().Extension("field")));
        Assert.True(changed.Data("changePassword").GetBoolean());
        (await app.Host.GraphQLAsync("{ me { id } }", signedIn: laptop)).Data("me");
        Assert.Equal("UNAUTHENTICATED", (await app.Host.GraphQLAsync("{ me { id } }", signedIn: phone)).SingleError().Code());
        Assert.Equal("INVALID_CREDENTIALS", (await app.SignInWithAsync(laptop.Email)).SingleError().Extension("reason"));
        await app.SignInAsync(laptop.Email, NewPassword);
        await app.Mail.WaitForAsync(mail => mail.To == laptop.Email && mail.Subject == "Milestone: Your password was changed", TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Wrong_current_passwords_count_towards_lockout()
    {
        var person = await app.ClientUserAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await app.Host.GraphQLAsync(Change, new { input = new { currentPassword = $"wrong password {attempt}", newPassword = NewPassword } }, person);
        }

        var locked = await app.Host.GraphQLAsync(Change, new { input = new { currentPassword = Identities.Password, newPassword = NewPassword } }, person);

        Assert.Equal("LOCKED_OUT", locked.SingleError().Extension("reason"));
        Assert.Equal("LOCKED_OUT", (await app.SignInWithAsync(person.Email)).SingleError().Extension("reason"));
    }

    [Fact]
    public async Task A_weak_new_password_is_refused_and_writes_nothing()
    {
        var person = await app.ClientUserAsync();
        var before = await app.CountEventsAsync();

        var weak = await app.Host.GraphQLAsync(Change, new { input = new { currentPassword = Identities.Password, newPassword = "passwordpassword" } }, person);

        Assert.Equal(("VALIDATION", "newPassword"), (weak.SingleError().Code(), weak.SingleError().Extension("field")));
        Assert.Equal(before, await app.CountEventsAsync());
    }
}
