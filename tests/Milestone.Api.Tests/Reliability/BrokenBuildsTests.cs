using System.Diagnostics;

namespace Milestone.Api.Tests.Reliability;

/// <summary>
/// The fault suite's deliberately broken builds (reliability/broken/*.patch, docs/reliability.md) show that its checks
/// can fail; a patch that no longer applies to the code shows nothing, and went unnoticed once. Each must apply as is.
/// </summary>
public sealed class BrokenBuildsTests
{
    public static TheoryData<string> Patches() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "reliability", "broken"), "*.patch").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Patches))]
    public async Task A_broken_build_applies_to_the_code_as_it_is(string patch)
    {
        var check = new ProcessStartInfo("git", ["apply", "--check", Path.Combine("reliability", "broken", patch)])
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var git = Process.Start(check)!;
        var errors = await git.StandardError.ReadToEndAsync();
        await git.WaitForExitAsync();

        Assert.True(git.ExitCode == 0, $"reliability/broken/{patch} no longer applies; make the same fault again on the code as it is:\n{errors}");
    }
}
