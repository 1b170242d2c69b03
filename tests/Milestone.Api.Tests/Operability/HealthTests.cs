using Milestone.Host.Benchmarking;

namespace Milestone.Api.Tests.Operability;

[Collection(Collections.GraphQL)]
public sealed class HealthTests(MilestoneApp app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_service_reports_healthy_with_its_database_up(string path)
    {
        var result = await app.Host.Scenario(scenario =>
        {
            scenario.Get.Url(path);
            scenario.StatusCodeShouldBeOk();
        });

        Assert.Equal("Healthy", await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task The_benchmarks_bare_append_floor_is_not_served_unless_configured() =>
        await app.Host.Scenario(scenario =>
        {
            scenario.Post.Url(BareAppendFloor.Route);
            scenario.StatusCodeShouldBe(StatusCodes.Status404NotFound);
        });
}
