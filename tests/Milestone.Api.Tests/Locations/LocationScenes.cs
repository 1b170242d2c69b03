namespace Milestone.Api.Tests.Locations;

/// <summary>The mutations and reads the location and asset tests share.</summary>
public static class LocationScenes
{
    public const string AddLocation = """
        mutation($input: AddLocationInput!) { addLocation(input: $input) { id name timeZone effectiveTimeZone isOpen } }
        """;

    public const string RegisterAsset = """
        mutation($input: RegisterAssetInput!) { registerAsset(input: $input) { id name kind tag status } }
        """;

    public const string Submit = "mutation($input: SubmitRequestInput!) { submitRequest(input: $input) { request { id location { name } assets { id } } } }";

    public static async Task<string> LocationAsync(this MilestoneApp app, SignedIn who, Guid? clientId, string name, string? timeZone = null) =>
        (await app.Host.GraphQLAsync(AddLocation, new { input = new { clientId, name, timeZone } }, who)).Data("addLocation").GetProperty("id").GetString()!;

    public static async Task<string> AssetAsync(this MilestoneApp app, SignedIn who, Guid? clientId, string name, string tag, string? locationId = null, string? warrantyEndsOn = null) =>
        (await app.Host.GraphQLAsync(RegisterAsset, new { input = new { clientId, name, kind = "WORKSTATION", tag, locationId, warrantyEndsOn } }, who))
        .Data("registerAsset").GetProperty("id").GetString()!;

    public static async Task<JsonElement> SubmitAsync(this MilestoneApp app, SignedIn who, object input) =>
        (await app.Host.GraphQLAsync(Submit, new { input }, who)).Data("submitRequest").GetProperty("request");

    public static async Task PlaceAsync(this MilestoneApp app, SignedIn by, SignedIn person, string? locationId) =>
        (await app.Host.GraphQLAsync(
            "mutation($personId: ID!, $locationId: ID) { placePersonAtLocation(personId: $personId, locationId: $locationId) { id } }",
            new { personId = person.PersonId, locationId }, by)).Data("placePersonAtLocation");

    /// <summary>Every location and asset event written for the client.</summary>
    public static async Task<long> SiteEventCountAsync(this MilestoneApp app, Guid? clientId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var counted = await connection.RowsAsync(
            $"select count(*) from milestone.mt_events where (type like 'location%' or type like 'asset%') and data->>'clientId' = '{clientId}'");
        return long.Parse(counted[0], CultureInfo.InvariantCulture);
    }

    public static async Task<IReadOnlyList<string>> RequestIdsAsync(this MilestoneApp app, SignedIn who, object? filter = null) =>
        [.. (await app.Host.GraphQLAsync("query($filter: RequestFilter) { requests(first: 100, filter: $filter) { items { id } } }", new { filter }, who))
            .Data("requests").GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];

    public static async Task<IReadOnlyList<string>> IdsAsync(this MilestoneApp app, SignedIn who, string query, string field, object? variables = null) =>
        [.. (await app.Host.GraphQLAsync(query, variables, who)).Data(field).EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
}
