using System.Globalization;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;

namespace Milestone.Api.Insights;

/// <summary>
/// What a dashboard or report counts: a span of days (UTC, both ends inclusive) and the clients it may
/// look at. <see cref="Clients"/> null means every client (administrators and executives).
/// </summary>
public sealed record InsightScope(DateOnly From, DateOnly To, IReadOnlyList<Guid>? Clients, DateTimeOffset Now)
{
    public const int MaxDays = 400;

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the span.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static InsightScope For(Caller caller, DateOnly from, DateOnly to, Guid? clientId, DateTimeOffset now)
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
        return new InsightScope(from, to, clients, now);
    }

    /// <summary>A quarter as yyyy-Qn, its first and last days.</summary>
    public static (DateOnly First, DateOnly Last)? Quarter(string text)
    {
        if (text.Length != 7 || text[4] != '-' || text[5] is not ('Q' or 'q') || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || text[6] is < '1' or > '4')
        {
            return null;
        }

        var first = new DateOnly(year, ((text[6] - '1') * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
