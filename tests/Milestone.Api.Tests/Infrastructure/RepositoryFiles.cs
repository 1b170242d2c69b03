namespace Milestone.Api.Tests.Infrastructure;

public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PublishedSchema => Path.Combine(Root, "docs", "schema.graphql");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Milestone.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Milestone.sln above {AppContext.BaseDirectory}.");
    }
}
