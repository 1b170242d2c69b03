using Microsoft.Extensions.Configuration;

namespace Milestone.Api.Tests.Tenancy;

/// <summary>Given tenant settings, the directory the host starts with, or the reason it refuses to start.</summary>
public sealed class TenantDirectoryTests
{
    [Fact]
    public void Without_tenants_everything_belongs_to_the_default_tenant()
    {
        var directory = TenantDirectory.From(Settings());

        Assert.False(directory.KeepsTenantsApart);
        Assert.Equal(["*DEFAULT*"], directory.Ids);
    }

    [Fact]
    public void Tenants_are_known_by_id_and_by_the_host_names_they_claim()
    {
        var directory = TenantDirectory.From(Settings(
            ("north:ConnectionString", "Host=db1;Database=north"),
            ("north:HostNames:0", "north.milestone.example"),
            ("south:ConnectionString", "Host=db2;Database=south")));

        Assert.Equal(["north", "south"], directory.Ids);
        Assert.Equal("north", directory.ForHost("NORTH.milestone.example"));
        Assert.Null(directory.ForHost("south.milestone.example"));
    }

    [Theory]
    [InlineData("North", "Host=db1", null, "lower-case letters")]
    [InlineData("north", "", null, "ConnectionString is missing")]
    [InlineData("north", "Host=db1", "shared.milestone.example", "claimed by more than one tenant")]
    public void Settings_that_cannot_work_stop_the_host_with_the_reason(string id, string connectionString, string? sharedHost, string reason)
    {
        var settings = new List<(string, string)> { ($"{id}:ConnectionString", connectionString), ("south:ConnectionString", "Host=db2") };
        if (sharedHost is not null)
        {
            settings.AddRange([($"{id}:HostNames:0", sharedHost), ("south:HostNames:0", sharedHost)]);
        }

        var refused = Assert.Throws<InvalidOperationException>(() => TenantDirectory.From(Settings([.. settings])));

        Assert.Contains(reason, refused.Message);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] tenants) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(tenants.Select(setting => KeyValuePair.Create<string, string?>($"{TenantDirectory.Section}:{setting.Key}", setting.Value)))
            .Build();
}
