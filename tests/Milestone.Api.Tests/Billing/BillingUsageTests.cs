using Milestone.Api.Tests.HourBanks;

namespace Milestone.Api.Tests.Billing;

/// <summary>The Billing tab's hours by service and usage metrics, for a client with a bank and one without.</summary>
[Collection(Collections.HourBanks)]
public sealed class BillingUsageTests(HourBankApp app)
{
    private const string Usage = """
        query($clientId: ID!, $from: DateOnly!, $to: DateOnly!) {
          billingUsage(clientId: $clientId, from: $from, to: $to) {
            loggedMinutes billableMinutes nonBillableMinutes worklogs requests
            byService { service loggedMinutes billableMinutes worklogs requests }
            byMonth { month loggedMinutes }
          }
        }
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Time_logged_in_the_range_is_totalled_by_service_for_staff_and_the_clients_administrators_alone(bool withBank)
    {
        var scene = await app.SceneAsync(open: withBank);
        (await app.Host.GraphQLAsync(
            $"mutation {{ categoriseRequest(requestId: \"{scene.RequestId}\", version: 1, category: \"Printing\") {{ id }} }}", signedIn: scene.Agent)).Data("categoriseRequest");
        await app.LogAsync(scene, 50);
        await app.LogAsync(scene, 20, billable: false);
        var month = new DateOnly(app.Today().Year, app.Today().Month, 1);
        var range = new { clientId = scene.ClientId, from = month, to = month.AddMonths(1).AddDays(-1) };
        var member = await app.InvitedAndSignedInAsync(scene.Admin, Role.ClientMember, scene.ClientId);
        var outsider = await app.ClientUserAsync(Role.ClientAdmin, "Not Initech");

        var byStaff = (await app.Host.GraphQLAsync(Usage, range, scene.Admin)).Data("billingUsage");
        var byClient = (await app.Host.GraphQLAsync(Usage, range, scene.ClientAdmin)).Data("billingUsage");
        var byMember = await app.Host.GraphQLAsync(Usage, range, member);
        var byOutsider = await app.Host.GraphQLAsync(Usage, range, outsider);
        var tooLong = await app.Host.GraphQLAsync(Usage, new { clientId = scene.ClientId, from = month, to = month.AddYears(2) }, scene.Admin);
        var endOfTime = await app.Host.GraphQLAsync(Usage, new { clientId = scene.ClientId, from = "9999-12-01", to = "9999-12-31" }, scene.Admin);
        var startOfTime = await app.Host.GraphQLAsync(Usage, new { clientId = scene.ClientId, from = "0001-01-01", to = "0001-01-31" }, scene.Admin);

        Assert.Equal((70, 50, 20, 2, 1), (byStaff.Minutes("loggedMinutes"), byStaff.Minutes("billableMinutes"), byStaff.Minutes("nonBillableMinutes"), byStaff.Minutes("worklogs"), byStaff.Minutes("requests")));
        Assert.Equal(("Printing", 70, 50), (byStaff.GetProperty("byService")[0].GetProperty("service").GetString(), byStaff.GetProperty("byService")[0].Minutes("loggedMinutes"), byStaff.GetProperty("byService")[0].Minutes("billableMinutes")));
        Assert.Equal(byStaff.ToString(), byClient.ToString());
        Assert.Equal(("FORBIDDEN", "NOT_FOUND", "VALIDATION"), (byMember.SingleError().Code(), byOutsider.SingleError().Code(), tooLong.SingleError().Code()));
        Assert.Equal(("VALIDATION", "VALIDATION"), (endOfTime.SingleError().Code(), startOfTime.SingleError().Code()));
    }
}
