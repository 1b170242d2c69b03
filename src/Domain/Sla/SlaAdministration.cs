namespace Milestone.Domain.Sla;

/// <summary>Rules shared by the decisions that configure SLAs: policies and calendars.</summary>
internal static class SlaAdministration
{
    private const int MaxNameLength = 200;

    /// <summary>SLAs are commitments to clients, so only administrators change them.</summary>
    public static void RequireAdmin(Actor actor)
    {
        if (actor.Role != Role.Admin)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators change SLA policies and business calendars.");
        }
    }

    public static string RequireName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= MaxNameLength
            ? trimmed
            : throw new CommandRejected(Rejection.Invalid, $"A name takes 1 to {MaxNameLength} characters.", "name");
    }
}
