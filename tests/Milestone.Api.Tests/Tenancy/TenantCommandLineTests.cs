namespace Milestone.Api.Tests.Tenancy;

/// <summary>Given a deployment that keeps a database per tenant, the operator's commands reach every tenant's database, or the one named.</summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class TenantCommandLineTests
{
    [Fact]
    public async Task Db_apply_builds_the_schema_in_every_tenants_database_and_db_assert_then_finds_nothing_missing()
    {
        var (main, north, south) = (await TestDatabaseServer.CreateDatabaseAsync(), await TestDatabaseServer.CreateDatabaseAsync(), await TestDatabaseServer.CreateDatabaseAsync());
        var tenants = TenantedApp.TenantSettings(north, south).ToList();

        var apply = await HostCommand.RunAsync(main, tenants, "db-apply");
        var assert = await HostCommand.RunAsync(main, tenants, "db-assert");

        Assert.True(apply.ExitCode == 0, apply.Output + apply.Errors);
        Assert.True(assert.ExitCode == 0, assert.Output + assert.Errors);
        foreach (var tenant in new[] { north, south })
        {
            Assert.True(await DatabasePerTenantTests.HasTableAsync(tenant, "milestone.mt_events"));
            Assert.True(await DatabasePerTenantTests.HasTableAsync(tenant, "reporting.requests"));
        }

        Assert.False(await DatabasePerTenantTests.HasTableAsync(main, "milestone.mt_events"));
    }

    [Fact]
    public async Task An_administrator_is_created_in_the_tenant_named_and_only_there()
    {
        var (main, north, south) = (await TestDatabaseServer.CreateDatabaseAsync(), await TestDatabaseServer.CreateDatabaseAsync(), await TestDatabaseServer.CreateDatabaseAsync());
        var tenants = TenantedApp.TenantSettings(north, south).ToList();

        var unnamed = await HostCommand.RunAsync(main, tenants, "admin", "create", "--email", "ada@north.test");
        var named = await HostCommand.RunAsync(main, tenants, "admin", "create", "--email", "ada@north.test", "--tenant", TenantedApp.North);

        Assert.NotEqual(0, unnamed.ExitCode);
        Assert.Contains("name one with --tenant (north, south)", unnamed.Errors);
        Assert.True(named.ExitCode == 0, named.Output + named.Errors);
        Assert.Equal((1, 0), (await PeopleAsync(north), await PeopleAsync(south)));
    }

    private static async Task<long> PeopleAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from milestone.mt_doc_personaccount", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
