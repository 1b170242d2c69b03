namespace Milestone.Projections.History;

/// <summary>
/// The latest run of <c>history verify</c> on a database, kept so that staff can read through GraphQL when the chains
/// were last checked and whether they held, without a shell on the server. One document per database, replaced by each run.
/// </summary>
public sealed record HistoryVerification(
    string Id,
    DateTimeOffset VerifiedAt,
    bool Intact,
    long EventsChecked,
    long StreamsChecked,
    int BrokenStreams,
    BrokenLink? FirstBreak)
{
    public const string LatestId = "latest";

    public static HistoryVerification Of(ChainReport report, DateTimeOffset at) =>
        new(LatestId, at, report.Intact, report.Events, report.Streams, report.Broken.Count, report.Broken.FirstOrDefault());
}
