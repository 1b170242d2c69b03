using Milestone.Domain.Locations;

namespace Milestone.Domain.Assets;

/// <summary>
/// One row of an asset import as read from the file: null where the file has no such column (the asset keeps what it
/// has), empty where the cell is empty (cleared). <see cref="Fields"/> are the client's own fields named by the columns
/// the file has for them; an empty value removes the field.
/// </summary>
public sealed record AssetRow(
    int Line,
    string? Tag,
    string? Name,
    string? Kind,
    string? SerialNumber,
    string? Status,
    string? Location,
    string? PurchasedOn,
    string? WarrantyEndsOn,
    string? Notes,
    IReadOnlyList<AssetField> Fields);

public enum AssetRowResult
{
    Registered,
    Updated,
    Unchanged,
    Rejected,
}

/// <summary>What became (or, in a dry run, would become) of one row, with every reason it was rejected.</summary>
public sealed record AssetRowOutcome(int Line, string? Tag, AssetRowResult Result, Guid? AssetId, IReadOnlyList<CommandRejected> Problems);

/// <summary>The events one row writes to one asset's stream; <see cref="Existing"/> is null for a new asset.</summary>
public sealed record AssetWrite(Guid AssetId, Asset? Existing, IReadOnlyList<object> Events);

/// <summary>
/// An import of a client's assets from a file, found by tag: a row whose tag is new registers an asset, one whose tag
/// the client has brings that asset up to the row, and a row that changes nothing writes nothing, so importing the same
/// file again is harmless. Every row is checked before anything is written, and one rejected row means nothing is: the
/// caller fixes the file and imports it again. A dry run answers the same outcomes and writes nothing.
/// </summary>
public static class AssetImport
{
    public const int MaxRows = 5_000;

    public static (IReadOnlyList<AssetRowOutcome> Outcomes, IReadOnlyList<AssetWrite> Writes) Decide(
        Guid importId,
        Guid clientId,
        bool clientExists,
        IReadOnlyList<AssetRow> rows,
        IReadOnlyList<Asset> clientAssets,
        IReadOnlyList<Location> clientLocations,
        Func<Guid> newId,
        Actor actor,
        DateTimeOffset now)
    {
        RequireImporter(clientId, clientExists, actor);
        if (rows.Count is 0 or > MaxRows)
        {
            throw new CommandRejected(Rejection.Invalid, $"Import 1 to {MaxRows:N0} rows.", "csv");
        }

        var byTag = clientAssets.Where(asset => asset.Details.Tag is not null)
            .ToDictionary(asset => asset.Details.Tag!, StringComparer.OrdinalIgnoreCase);
        var tagsInFile = rows.Where(row => !string.IsNullOrWhiteSpace(row.Tag))
            .GroupBy(row => row.Tag!.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(same => same.Key, same => same.Count(), StringComparer.OrdinalIgnoreCase);
        var outcomes = new List<AssetRowOutcome>();
        var writes = new List<AssetWrite>();
        foreach (var row in rows)
        {
            var (outcome, write) = DecideRow(importId, clientId, row, byTag, tagsInFile, clientLocations, newId, actor, now);
            outcomes.Add(outcome);
            if (write is not null)
            {
                writes.Add(write);
            }
        }

        return (outcomes, outcomes.Any(outcome => outcome.Result == AssetRowResult.Rejected) ? [] : writes);
    }

    /// <summary>Delivery staff who work with the client, checked before the file is read.</summary>
    public static void RequireImporter(Guid clientId, bool clientExists, Actor actor)
    {
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw Organisations.ClientOrganisation.NoSuchClient();
        }

        Asset.RequireKeeper(actor);
    }

    private static (AssetRowOutcome, AssetWrite?) DecideRow(
        Guid importId,
        Guid clientId,
        AssetRow row,
        Dictionary<string, Asset> byTag,
        Dictionary<string, int> tagsInFile,
        IReadOnlyList<Location> clientLocations,
        Func<Guid> newId,
        Actor actor,
        DateTimeOffset now)
    {
        var problems = new List<CommandRejected>();
        var tag = row.Tag?.Trim();
        if (string.IsNullOrEmpty(tag))
        {
            problems.Add(Invalid("Every row needs the asset's tag, which a later import finds it by.", "tag"));
        }
        else if (tagsInFile[tag] > 1)
        {
            problems.Add(new CommandRejected(Rejection.Conflict, "The file has this tag on more than one row.", "tag"));
        }

        var existing = tag is { Length: > 0 } && byTag.TryGetValue(tag, out var found) ? found : null;
        if (existing is not null && !existing.IsVisibleTo(actor))
        {
            problems.Add(new CommandRejected(Rejection.Conflict, "The client has an asset with this tag already.", "tag"));
        }

        var kind = Parsed<AssetKind>(row.Kind, "kind", "WORKSTATION, SERVER, NETWORK, LICENCE or OTHER", problems) ?? existing?.Details.Kind;
        if (kind is null && existing is null && string.IsNullOrWhiteSpace(row.Kind))
        {
            problems.Add(Invalid("A new asset needs its kind: WORKSTATION, SERVER, NETWORK, LICENCE or OTHER.", "kind"));
        }

        var status = Parsed<AssetStatus>(row.Status, "status", "IN_SERVICE, IN_REPAIR or RETIRED", problems);
        if (existing?.Status == AssetStatus.Retired && status is { } back && back != AssetStatus.Retired)
        {
            problems.Add(new CommandRejected(Rejection.Conflict, "This asset is retired; register it again under a new tag to bring it back.", "status"));
        }

        var location = LocationNamed(row.Location, clientLocations, actor, problems);
        var current = existing?.Details;
        var given = new AssetDetails(
            row.Name ?? current?.Name ?? string.Empty,
            kind ?? AssetKind.Other,
            tag,
            row.SerialNumber ?? current?.SerialNumber,
            Date(row.PurchasedOn, "purchasedOn", problems, current?.PurchasedOn),
            Date(row.WarrantyEndsOn, "warrantyEndsOn", problems, current?.WarrantyEndsOn),
            row.Notes ?? current?.Notes ?? string.Empty,
            Merged(current?.Fields ?? [], row.Fields));
        var (details, detailProblems) = AssetDetails.Checked(given);
        problems.AddRange(detailProblems);
        if (problems.Count > 0)
        {
            return (new AssetRowOutcome(row.Line, tag, AssetRowResult.Rejected, existing?.Id, problems), null);
        }

        var locationId = row.Location is null ? existing?.LocationId : location?.Id;
        if (existing is null)
        {
            var assetId = newId();
            List<object> registered =
            [
                new AssetRegistered(assetId, clientId, details!, locationId, status ?? AssetStatus.InService, actor.PersonId, now, importId),
            ];
            return (new AssetRowOutcome(row.Line, tag, AssetRowResult.Registered, assetId, []), new AssetWrite(assetId, null, registered));
        }

        var events = Changes(existing, details!, locationId, status, importId, actor, now);
        return events.Count == 0
            ? (new AssetRowOutcome(row.Line, tag, AssetRowResult.Unchanged, existing.Id, []), null)
            : (new AssetRowOutcome(row.Line, tag, AssetRowResult.Updated, existing.Id, []), new AssetWrite(existing.Id, existing, events));
    }

    private static List<object> Changes(Asset existing, AssetDetails details, Guid? locationId, AssetStatus? status, Guid importId, Actor actor, DateTimeOffset now)
    {
        var events = new List<object>();
        if (details != existing.Details)
        {
            events.Add(new AssetDetailsChanged(existing.Id, existing.ClientId, details, actor.PersonId, now, importId));
        }

        if (locationId != existing.LocationId)
        {
            events.Add(new AssetMoved(existing.Id, existing.ClientId, existing.LocationId, locationId, actor.PersonId, now, importId));
        }

        if (status is { } to && to != existing.Status)
        {
            events.Add(new AssetStatusChanged(existing.Id, existing.ClientId, existing.Status, to, null, actor.PersonId, now, importId));
        }

        return events;
    }

    private static Location? LocationNamed(string? name, IReadOnlyList<Location> clientLocations, Actor actor, List<CommandRejected> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var location = clientLocations.FirstOrDefault(candidate =>
            candidate.IsOpen && candidate.IsVisibleTo(actor) && string.Equals(candidate.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (location is null)
        {
            problems.Add(new CommandRejected(Rejection.NotFound, $"The client has no open location named \"{name.Trim()}\".", "location"));
        }

        return location;
    }

    private static IReadOnlyList<AssetField> Merged(IReadOnlyList<AssetField> current, IReadOnlyList<AssetField> given)
    {
        var keys = given.Select(field => field.Key.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. current.Where(field => !keys.Contains(field.Key)), .. given];
    }

    private static TEnum? Parsed<TEnum>(string? text, string field, string expected, List<CommandRejected> problems)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var squeezed = text.Trim().Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<TEnum>(squeezed, ignoreCase: true, out var value) && Enum.IsDefined(value) && !squeezed.All(char.IsDigit))
        {
            return value;
        }

        problems.Add(Invalid($"\"{text.Trim()}\" is not a {field}; use {expected}.", field));
        return null;
    }

    private static DateOnly? Date(string? text, string field, List<CommandRejected> problems, DateOnly? kept)
    {
        if (text is null)
        {
            return kept;
        }

        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(Invalid($"\"{text.Trim()}\" is not a date; write it as 2026-03-31.", field));
        return null;
    }

    private static CommandRejected Invalid(string message, string field) => new(Rejection.Invalid, message, field);
}
