using Xunit.Abstractions;

[assembly: TestCollectionOrderer("Milestone.Api.Tests.Infrastructure.LongestCollectionsFirst", "Milestone.Api.Tests")]

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>
/// Starts the collections that take longest first, so that the short ones fill in beside them at the end
/// instead of one long collection running on alone: the run takes about as long as its total divided by
/// the threads. The order is the measured one (longest first; the classes that start processes one after another
/// before all, as nothing can share their wait); collections not named come after, by name.
/// </summary>
public sealed class LongestCollectionsFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        OwnCollection<Operability.ReadmeTests>(),
        OwnCollection<Cluster.CrossNodeLiveTests>(),
        OwnCollection<Cluster.ProjectionDistributionTests>(),
        OwnCollection<Reliability.AbsentPostgresTests>(),
        Collections.People,
        Collections.Requests,
        Collections.Sla,
        Collections.Jira,
        Collections.Conversation,
        Collections.Sessions,
        Collections.HourBanks,
        Collections.HostileInput,
        Collections.Quarter,
        Collections.GraphQL,
        Collections.StaffOnlyIntrospection,
    ];

    /// <summary>The collection xUnit gives a class that names none: one class of long, serial steps (processes started one after another).</summary>
    private static string OwnCollection<TTests>() => $"Test collection for {typeof(TTests).FullName}";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(collection => Array.IndexOf(Longest, collection.DisplayName) is var index and >= 0 ? index : Longest.Length)
            .ThenBy(collection => collection.DisplayName, StringComparer.Ordinal);
}
