using Milestone.Domain.Billing;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Billing;

public sealed class BillingMonthTests
{
    private static readonly DateOnly Nov = new(2026, 11, 1);
    private static readonly BankCalendar Amsterdam = new("Europe/Amsterdam");
    private static readonly DateTimeOffset Since = new(2026, 10, 31, 23, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_month_closes_once_it_is_over_in_the_clients_zone_and_closing_it_again_changes_nothing()
    {
        var endsAt = new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero);

        Assert.Equal("month", Assert.Throws<CommandRejected>(() => BillingMonth.RequireClosable(AccountManager, Acme, Since, [], Nov, Amsterdam, endsAt.AddTicks(-1))).Field);
        Assert.True(BillingMonth.RequireClosable(AccountManager, Acme, Since, [], Nov, Amsterdam, endsAt));
        Assert.False(BillingMonth.RequireClosable(AccountManager, Acme, Since, [new ClosedBillingMonth(Nov, null)], Nov, Amsterdam, endsAt));
        Assert.Equal("month", Assert.Throws<CommandRejected>(() => BillingMonth.RequireClosable(Admin, Acme, Since, [], Nov.AddDays(1), Amsterdam, endsAt.AddDays(40))).Field);
    }

    [Fact]
    public void A_month_that_ended_before_the_client_was_taken_on_is_not_closed()
    {
        var october = new DateOnly(2026, 10, 1);

        Assert.Equal("month", Assert.Throws<CommandRejected>(() => BillingMonth.RequireClosable(Admin, Acme, Since.AddHours(1), [], october, Amsterdam, Now)).Field);
        Assert.True(BillingMonth.RequireClosable(Admin, Acme, Since.AddHours(-1), [], october, Amsterdam, Now));
    }

    [Theory]
    [InlineData(Role.Agent, Rejection.Forbidden)]
    [InlineData(Role.TeamLead, Rejection.Forbidden)]
    [InlineData(Role.ClientAdmin, Rejection.NotFound)]
    public void Only_administrators_and_account_managers_close_a_month(Role role, Rejection rejection)
    {
        var actor = new Actor(Guid.NewGuid(), role, role == Role.ClientAdmin ? Globex : null);

        Assert.Equal(rejection, Assert.Throws<CommandRejected>(() => BillingMonth.RequireClosable(actor, Acme, Since, [], Nov, Amsterdam, Now.AddDays(30))).Rejection);
    }

    [Fact]
    public void A_rate_card_keeps_its_currency_names_services_once_and_rates_staff_roles_in_cents()
    {
        var card = new RateCard("usd", 15, 100m, [new ServiceRate(" Network ", 120m)], [new RoleRate(Role.TeamLead, 140m)]);
        var set = Assert.Single(ClientRates.Set(Acme, null, card, AccountManager, Now));

        Assert.Equal(("USD", "Network"), (set.Currency, set.ServiceRates.Single().Category));
        Assert.Empty(ClientRates.Set(Acme, RateCard.Of(set), card with { Currency = "USD", ServiceRates = [new ServiceRate("Network", 120m)] }, AccountManager, Now));
        Assert.Equal("currency", Reason(RateCard.Of(set), card with { Currency = "EUR" }));
        Assert.Equal("serviceRates", Reason(null, card with { ServiceRates = [new ServiceRate("Network", 1m), new ServiceRate("NETWORK", 2m)] }));
        Assert.Equal("roleRates", Reason(null, card with { RoleRates = [new RoleRate(Role.ClientMember, 1m)] }));
        Assert.Equal("hourlyRate", Reason(null, card with { HourlyRate = 10.005m }));
        Assert.Equal("incrementMinutes", Reason(null, card with { IncrementMinutes = 0 }));
        Assert.Equal(Rejection.Forbidden, Assert.Throws<CommandRejected>(() => ClientRates.Set(Acme, null, card, Agent, Now).ToList()).Rejection);
    }

    [Fact]
    public void A_worklog_is_priced_by_its_service_else_the_role_of_whoever_logged_it_else_the_hourly_rate()
    {
        var card = new RateCard("USD", 15, 100m, [new ServiceRate("Network", 120m)], [new RoleRate(Role.TeamLead, 140m)]);

        Assert.Equal((120m, 140m, 100m), (card.RateFor(" network", Role.TeamLead), card.RateFor("Printing", Role.TeamLead), card.RateFor(null, Role.Agent)));
        Assert.Equal((15, 15, 30), (card.Rounded(1), card.Rounded(15), card.Rounded(16)));
    }

    private static string? Reason(RateCard? current, RateCard proposed) =>
        Assert.Throws<CommandRejected>(() => ClientRates.Set(Acme, current, proposed, AccountManager, Now).ToList()).Field;
}
