namespace Milestone.Api.Tests.Operability;

/// <summary>
/// Given the service running on its embedded PostgreSQL, the command line works beside it: it finds the running
/// cluster instead of fighting over its lock, listens on no port, and leaves the messages it sends to the service.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed class CommandLineBesideServiceTests
{
    [Fact]
    public async Task Help_and_admin_create_work_from_a_second_process_and_the_running_service_sends_the_invitation()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-tests", $"beside-{Guid.NewGuid():N}");
        var embedded = new Dictionary<string, string> { ["Milestone:EmbeddedPostgres:DataDirectory"] = dataDirectory };
        try
        {
            await using var service = await HostProcess.StartAsync(connectionString: "", embedded);
            // The service's own address: a command that listened there would fail to start.
            var settings = embedded.Select(setting => (setting.Key, setting.Value)).Append(("ASPNETCORE_URLS", service.BaseAddress.ToString())).ToList();

            var help = await HostCommand.RunAsync("", settings, "help");
            var admin = await HostCommand.RunAsync("", settings, "admin", "create", "--email", "beside@milestone.test");

            Assert.True(help.ExitCode == 0, help.Output + help.Errors);
            Assert.True(help.Output.IndexOf("  admin ", StringComparison.Ordinal) < help.Output.IndexOf("  db-apply ", StringComparison.Ordinal), help.Output);
            Assert.All(["history", "reports", "reporting", "seed", "projections"], command => Assert.Contains($"  {command} ", help.Output, StringComparison.Ordinal));
            Assert.DoesNotContain("capabilities", help.Output, StringComparison.Ordinal);
            Assert.True(admin.ExitCode == 0, admin.Output + admin.Errors);
            Assert.Contains("Invited beside@milestone.test", admin.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Milestone node", admin.Output, StringComparison.Ordinal);
            await UntilLoggedAsync(service, "E-mail to beside@milestone.test");
        }
        finally
        {
            await EmbeddedClusters.StopOrphanedAsync(dataDirectory);
        }
    }

    [Fact]
    public async Task A_command_with_the_database_down_says_so_in_one_line_and_fails()
    {
        var down = $"Host=127.0.0.1;Port={HostProcess.FreePort()};Username=milestone;Password=unused;Database=milestone";

        var command = await HostCommand.RunAsync(down, "admin", "create", "--email", "nobody@milestone.test");

        Assert.NotEqual(0, command.ExitCode);
        Assert.Single(command.Errors.Trim().Split('\n'));
        Assert.Contains("PostgreSQL (127.0.0.1:", command.Errors, StringComparison.Ordinal);
        Assert.Contains("does not answer", command.Errors, StringComparison.Ordinal);
    }

    /// <summary>The service finds the command's message in the database's inbox at its next poll, within seconds.</summary>
    private static async Task UntilLoggedAsync(HostProcess service, string line)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!service.Output.Contains(line, StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The service did not log '{line}':\n{service.Output}");
            await Task.Delay(200);
        }
    }
}
