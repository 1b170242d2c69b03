using System.Globalization;

namespace Milestone.FaultSuite;

/// <summary>How many faults, how far apart.</summary>
public sealed record SuiteOptions(int Restarts, int Kills, TimeSpan Between)
{
    public const string DemoPassword = "milestone demo password";

    public static SuiteOptions Parse(string[] args)
    {
        int Value(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;

        return new SuiteOptions(Value("--restarts", 20), Value("--kills", 2), TimeSpan.FromSeconds(Value("--seconds-between", 3)));
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Milestone.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the fault suite from inside the repository.");
    }
}
