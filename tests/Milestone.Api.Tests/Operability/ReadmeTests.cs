using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Milestone.Api.Tests.Operability;

/// <summary>
/// Given a fresh data directory, README.md's command blocks ("Set up", "Try it", "People and roles", "Command line")
/// run in order as a reader would paste them into one terminal, with the service running where the README starts it.
/// Three things differ from a reader's terminal, each because the test runs inside <c>dotnet test</c>: the
/// <c>dotnet test</c> lines are left out (they are what runs this), <c>dotnet run</c> gets <c>--no-build</c> (the
/// build is done, and a build beside running tests could replace assemblies under them), and the service is started
/// by the test, so that it can be waited for and stopped.
/// </summary>
[Trait(TestKinds.Trait, TestKinds.Process)]
public sealed partial class ReadmeTests
{
    private const string ServiceCommand = "dotnet run --project src/Host";
    private const string Marker = ":::readme-command:::";
    private static readonly Uri Service = new("http://localhost:5080");

    [Fact]
    public async Task The_readme_commands_work_word_for_word_beside_the_running_service_on_a_fresh_data_directory()
    {
        var commands = ReadmeCommands.In(await File.ReadAllTextAsync(Path.Combine(RepositoryFiles.Root, "README.md")), "Set up", "Try it", "People and roles", "Command line");
        Assert.Contains(ServiceCommand, commands);
        Assert.True(PortIsFree(Service.Port), $"Port {Service.Port} is taken: the README's commands use it, so stop whatever listens there.");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "milestone-tests", $"readme-{Guid.NewGuid():N}");
        var publishedSchema = await File.ReadAllTextAsync(RepositoryFiles.PublishedSchema);
        var service = StartService(dataDirectory);
        try
        {
            await UntilReadyAsync(service);
            var run = await RunAsync(commands, dataDirectory);

            Assert.True(run.ExitCode == 0, $"The README's commands stopped with exit code {run.ExitCode}:\n{run.Output}\n{run.Errors}");
            var requests = JsonDocument.Parse(run.OutputOf("requests { totalCount")).RootElement;
            Assert.False(requests.TryGetProperty("errors", out _), requests.ToString());
            Assert.True(requests.GetProperty("data").GetProperty("requests").GetProperty("totalCount").GetInt32() > 0, requests.ToString());
            Assert.Contains("Milestone's commands:", run.OutputOf("-- help"), StringComparison.Ordinal);
            Assert.Contains("Invited you@your-msp.example", run.OutputOf("--email you@your-msp.example"), StringComparison.Ordinal);
            Assert.Contains("every hash chain is intact", run.OutputOf("history verify"), StringComparison.Ordinal);
            Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "reviews"), "*", SearchOption.AllDirectories));
            Assert.Equal(publishedSchema, await File.ReadAllTextAsync(RepositoryFiles.PublishedSchema));
            Assert.Contains("No database differences detected for 'WolverineEnvelopeStorage'", run.OutputOf("db-assert"), StringComparison.Ordinal);
            Assert.Matches(@"ReportingRequests\s+async", run.OutputOf("-- projections"));
            Assert.True(Directory.Exists(GeneratedCode), "codegen write wrote nothing");

            await TheReaderSeesTheReportingTablesAsync(dataDirectory, BiReaderPassword(commands));
            await AnExportPipesIntoAJsonParserAsync(dataDirectory);
            Assert.Equal(0, await DeadLettersAsync(dataDirectory));
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
            await EmbeddedClusters.StopOrphanedAsync(dataDirectory);
            if (Directory.Exists(GeneratedCode))
            {
                Directory.Delete(GeneratedCode, recursive: true);
            }

            if (Directory.Exists(Path.Combine(RepositoryFiles.Root, "reviews")))
            {
                Directory.Delete(Path.Combine(RepositoryFiles.Root, "reviews"), recursive: true);
            }
        }
    }

    private static string GeneratedCode => Path.Combine(RepositoryFiles.Root, "src", "Host", "Internal", "Generated");

    private static Process StartService(string dataDirectory)
    {
        var start = Shell(ServiceCommand.Replace("dotnet run", "dotnet run --no-build", StringComparison.Ordinal), dataDirectory);
        var service = Process.Start(start)!;
        service.OutputDataReceived += (_, _) => { };
        service.ErrorDataReceived += (_, _) => { };
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();
        return service;
    }

    private static async Task UntilReadyAsync(Process service)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            Assert.False(service.HasExited, "The service stopped before it was ready.");
            Assert.True(DateTime.UtcNow < deadline, "The service was not ready within 3 minutes.");
            try
            {
                if ((await http.GetAsync(new Uri(Service, "/health/ready"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Every command but the service and the test run, in one shell as a reader's terminal keeps variables, each announced by a marker.</summary>
    private static async Task<ReadmeRun> RunAsync(IReadOnlyList<string> commands, string dataDirectory)
    {
        var script = new StringBuilder("set -euo pipefail\n");
        var run = commands.Where(command => command != ServiceCommand && !command.StartsWith("dotnet test", StringComparison.Ordinal)).ToList();
        for (var index = 0; index < run.Count; index++)
        {
            script.Append(CultureInfo.InvariantCulture, $"echo '{Marker}{index}'\n");
            script.Append(run[index].Replace("dotnet run --project", "dotnet run --no-build --project", StringComparison.Ordinal)).Append('\n');
        }

        using var process = Process.Start(Shell(script.ToString(), dataDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(patience.Token);
        return new ReadmeRun(run, process.ExitCode, await output, await errors);
    }

    private static async Task TheReaderSeesTheReportingTablesAsync(string dataDirectory, string password)
    {
        await using var reader = EmbeddedClusters.Connect(dataDirectory, "bi_reader", password);
        await reader.OpenAsync();
        foreach (var table in new[] { "reporting.clients", "reporting.people", "reporting.requests" })
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table}", reader);
            Assert.True((long)(await count.ExecuteScalarAsync())! > 0, $"{table} is empty or unreadable for the reader");
        }
    }

    /// <summary>The export as the README says to pipe it: every line of standard output one JSON document, the request's history first (its SLA clock's follows).</summary>
    private static async Task AnExportPipesIntoAJsonParserAsync(string dataDirectory)
    {
        var requestId = await SomeDemoRequestAsync();
        var start = Shell($"dotnet run -v q --no-build --project src/Host -- history export --request {requestId}", dataDirectory);
        using var export = Process.Start(start)!;
        var output = export.StandardOutput.ReadToEndAsync();
        var errors = export.StandardError.ReadToEndAsync();
        await export.WaitForExitAsync();

        Assert.True(export.ExitCode == 0, await errors);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        var streams = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("stream").GetString()).ToList();
        Assert.Equal(requestId, streams[0]);
    }

    private static async Task<string> SomeDemoRequestAsync()
    {
        using var http = new HttpClient { BaseAddress = Service };
        var signIn = await http.PostAsJsonAsync("/graphql", new { query = """mutation { signIn(input: {email: "member@acme.test", password: "milestone demo password"}) { accessToken } }""" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("signIn").GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var requests = await http.PostAsJsonAsync("/graphql", new { query = "{ requests(first: 1) { edges { node { id } } } }" });
        return (await requests.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("requests").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
    }

    private static async Task<long> DeadLettersAsync(string dataDirectory)
    {
        await using var owner = EmbeddedClusters.Connect(dataDirectory);
        await owner.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from milestone.wolverine_dead_letters", owner);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static string BiReaderPassword(IReadOnlyList<string> commands) =>
        BiReaderPasswordLine().Match(string.Join('\n', commands)).Groups["password"].Value;

    /// <summary>A shell in the repository, seeing the machine as a fresh one would: no database configured, the service's default address.</summary>
    private static ProcessStartInfo Shell(string script, string dataDirectory)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in new[] { "ConnectionStrings__Marten", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            start.Environment.Remove(setting);
        }

        start.Environment["Milestone__EmbeddedPostgres__DataDirectory"] = dataDirectory;
        return start;
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex("BI_READER_PASSWORD='(?<password>[^']+)'")]
    private static partial Regex BiReaderPasswordLine();

    private sealed record ReadmeRun(IReadOnlyList<string> Commands, int ExitCode, string Output, string Errors)
    {
        /// <summary>What the first command containing <paramref name="fragment"/> printed on standard output.</summary>
        public string OutputOf(string fragment)
        {
            var index = Commands.ToList().FindIndex(command => command.Contains(fragment, StringComparison.Ordinal));
            Assert.True(index >= 0, $"No README command contains '{fragment}'.");
            var start = Output.IndexOf($"{Marker}{index}\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"The README command '{Commands[index]}' did not run:\n{Output}\n{Errors}");
            start += $"{Marker}{index}\n".Length;
            var end = Output.IndexOf($"{Marker}{index + 1}\n", start, StringComparison.Ordinal);
            return end < 0 ? Output[start..] : Output[start..end];
        }
    }
}
