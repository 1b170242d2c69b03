using System.Globalization;

namespace Milestone.FaultSuite;

/// <summary>
/// Which scenario, how many faults, how far apart. One node (the default) takes PostgreSQL restarts and host kills;
/// <c>--cluster</c> runs three nodes and kills, freezes and kills again; <c>--tenants</c> does that with two tenant databases.
/// </summary>
public sealed record SuiteOptions(int Restarts, int Kills, TimeSpan Between, bool Cluster, bool Tenants)
{
    public const string DemoPassword = "milestone demo password";

    public static SuiteOptions Parse(string[] args)
    {
        int Value(string name, int fallback) =>
            Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;

        var tenants = args.Contains("--tenants");
        return new SuiteOptions(Value("--restarts", 20), Value("--kills", 2), TimeSpan.FromSeconds(Value("--seconds-between", 3)), tenants || args.Contains("--cluster"), tenants);
    }

    /// <summary>What the report calls the scenario, and the suffix of its files in docs/.</summary>
    public (string Title, string FileSuffix) Scenario => (Cluster, Tenants) switch
    {
        (_, true) => ("three nodes, two tenant databases", "-tenants"),
        (true, _) => ("three nodes, one database", "-cluster"),
        _ => ("one node", ""),
    };

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
