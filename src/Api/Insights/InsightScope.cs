namespace Milestone.Api.Insights;

/// <summary>
/// What a dashboard or report counts: a span of days (both ends inclusive) in a time zone, and the clients it may
/// look at. <see cref="Clients"/> null means every client (administrators and executives). The zone is one client's
/// own when the figures are that client's, else the MSP's (<see cref="InsightZones"/>).
/// </summary>
public sealed record InsightScope(DateOnly From, DateOnly To, IReadOnlyList<Guid>? Clients, DateTimeOffset Now, string TimeZone)
{
    public const int MaxDays = 400;

    /// <summary>Local midnight at the start of <see cref="From"/>.</summary>
    public DateTimeOffset Start => InsightZones.StartOfDay(From, TimeZone);

    /// <summary>The first instant after the span: local midnight after <see cref="To"/>.</summary>
    public DateTimeOffset End => InsightZones.StartOfDay(To.AddDays(1), TimeZone);

    public static InsightScope For(Caller caller, DateOnly from, DateOnly to, Guid? clientId, DateTimeOffset now, string timeZone)
    {
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw Refusals.Invalid("to", $"Ask for 1 to {MaxDays} days, to not before from.");
        }

        IReadOnlyList<Guid>? clients = (caller, clientId) switch
        {
            (_, { } only) => [only],
            ({ IsStaff: false }, _) => [caller.ClientId!.Value],
            _ => caller.StaffScope,
        };
        return new InsightScope(from, to, clients, now, timeZone);
    }

    /// <summary>A quarter as yyyy-Qn, its first and last days.</summary>
    public static (DateOnly First, DateOnly Last)? Quarter(string text) => Domain.Reports.Quarter.Parse(text);
}
