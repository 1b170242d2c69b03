using System.Text.RegularExpressions;
using Wolverine.Persistence;

namespace Milestone.Api.GraphQL;

/// <summary>
/// The answer to a command that names a stream that is not there. It must read exactly like the decisions'
/// own NOT_FOUND (<c>Request.NoSuchRequest</c>), so that an id out of the caller's sight and an id that does
/// not exist cannot be told apart. Wolverine names the missing aggregate in its message only.
/// </summary>
internal static partial class MissingAggregates
{
    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["Request"] = "request",
        ["Person"] = "person",
        ["Team"] = "team",
        ["HourBank"] = "hour bank",
        ["SlaPolicy"] = "SLA policy",
        ["SlaClock"] = "SLA clock",
        ["BusinessCalendarDefinition"] = "business calendar",
        ["ClientOrganisationDetails"] = "client",
        ["ReportLink"] = "report link",
        ["PortalLink"] = "portal link",
        ["Invoice"] = "invoice",
        ["HourOffer"] = "offer",
        ["HourPurchase"] = "purchase",
        ["Appointment"] = "appointment",
        ["AppointmentService"] = "service",
        ["Project"] = "project",
        ["Article"] = "article",
        ["Location"] = "location",
        ["Asset"] = "asset",
    };

    public static CodedError Refusal(RequiredDataMissingException missing) =>
        Refusals.NotFound(AggregateName().Match(missing.Message) is { Success: true } match && Nouns.TryGetValue(match.Groups[1].Value, out var noun) ? noun : "thing");

    [GeneratedRegex(@"^Unknown (\w+) with identity")]
    private static partial Regex AggregateName();
}
