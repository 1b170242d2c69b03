namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Tests that start processes of their own (a host on a real port, a command, Node.js or Chromium) take
/// seconds each; the rest run in-process. <c>dotnet test --filter Kind!=Process</c> runs the fast set.
/// </summary>
public static class TestKinds
{
    public const string Trait = "Kind";

    public const string Process = "Process";
}
