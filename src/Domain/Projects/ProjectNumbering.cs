namespace Milestone.Domain.Projects;

/// <summary>
/// The MSP's project numbers, one stream for all of them: creating a project appends here under the stream's version,
/// so two projects created at once cannot take one number, and no number is taken without its project.
/// </summary>
public sealed record ProjectNumbering(Guid Id, int Last)
{
    public static readonly Guid StreamId = NameBasedGuid.Create(Guid.Parse("6d1f4e8a-3b52-4c7e-9a0f-2e5b8c1d7f34"), "project-numbering");

    /// <summary>Before the first project.</summary>
    public static readonly ProjectNumbering Unused = new(StreamId, 0);

    public static ProjectNumbering Evolve(ProjectNumbering? state, object @event) => @event switch
    {
        ProjectNumberTaken taken => (state ?? Unused) with { Last = taken.Sequence },
        _ => state ?? Unused,
    };

    public ProjectNumberTaken Take(Guid projectId, DateTimeOffset now)
    {
        var sequence = Last + 1;
        return new ProjectNumberTaken(Id, sequence, string.Create(CultureInfo.InvariantCulture, $"PRJ-{sequence:0000}"), projectId, now);
    }
}
