using Milestone.Domain.Locations;
using Milestone.Domain.Organisations;

namespace Milestone.Domain.Assets;

/// <summary>
/// One of a client's assets, one stream each: its history is its events. Delivery staff who work with the client keep
/// the register; the client's people read it (a client admin limited to some locations, the assets there).
/// </summary>
public sealed record Asset(Guid Id, Guid ClientId, Guid RegisteredBy, DateTimeOffset RegisteredAt)
{
    public const int ReasonMaxLength = 1_000;

    public required AssetDetails Details { get; init; }

    public Guid? LocationId { get; init; }

    public AssetStatus Status { get; init; }

    public int Version { get; set; }

    public static Asset? Evolve(Asset? state, object @event) => @event switch
    {
        AssetRegistered registered => new Asset(registered.AssetId, registered.ClientId, registered.RegisteredBy, registered.RegisteredAt)
        {
            Details = registered.Details, LocationId = registered.LocationId, Status = registered.Status,
        },
        AssetDetailsChanged changed => state! with { Details = changed.Details },
        AssetMoved moved => state! with { LocationId = moved.ToLocationId },
        AssetStatusChanged changed => state! with { Status = changed.To },
        _ => state,
    };

    public bool IsVisibleTo(Actor actor) => actor.WorksWith(ClientId) && actor.WorksAt(LocationId);

    /// <summary>Whether its warranty runs out between <paramref name="today"/> and the <paramref name="days"/> after; retired assets no longer matter.</summary>
    public bool WarrantyEndsWithin(DateOnly today, int days) =>
        Status != AssetStatus.Retired && Details.WarrantyEndsOn is { } ends && ends >= today && ends <= today.AddDays(days);

    /// <param name="clientExists">Whether the client is there at all.</param>
    /// <param name="takenTags">The tags of the client's other assets.</param>
    /// <param name="location">The location named, as it stands (null: none named, or no such location).</param>
    public static AssetRegistered Register(
        Guid assetId, Guid clientId, bool clientExists, AssetDetails details, Guid? locationId, Location? location, IReadOnlyCollection<string> takenTags, Actor actor, DateTimeOffset now)
    {
        if (!clientExists || !actor.WorksWith(clientId))
        {
            throw ClientOrganisation.NoSuchClient();
        }

        RequireKeeper(actor);
        var checkedDetails = Valid(details, takenTags);
        return new AssetRegistered(assetId, clientId, checkedDetails, Location.Named(clientId, locationId, location, actor), AssetStatus.InService, actor.PersonId, now);
    }

    public IEnumerable<object> Change(AssetDetails details, IReadOnlyCollection<string> otherTags, Actor actor, DateTimeOffset now)
    {
        RequireKeptBy(actor);
        var checkedDetails = Valid(details, otherTags);
        return checkedDetails == Details ? [] : [new AssetDetailsChanged(Id, ClientId, checkedDetails, actor.PersonId, now)];
    }

    public IEnumerable<object> MoveTo(Guid? locationId, Location? location, Actor actor, DateTimeOffset now)
    {
        RequireKeptBy(actor);
        var placed = Location.Named(ClientId, locationId, location, actor);
        return placed == LocationId ? [] : [new AssetMoved(Id, ClientId, LocationId, placed, actor.PersonId, now)];
    }

    /// <summary>Retired is for good: a retired asset comes back into service only as a new registration.</summary>
    public IEnumerable<object> ChangeStatus(AssetStatus to, string? reason, Actor actor, DateTimeOffset now)
    {
        RequireKeptBy(actor);
        if (!Enum.IsDefined(to))
        {
            throw new CommandRejected(Rejection.Invalid, "The status is IN_SERVICE, IN_REPAIR or RETIRED.", "status");
        }

        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why?.Length > ReasonMaxLength)
        {
            throw new CommandRejected(Rejection.Invalid, $"The reason is at most {ReasonMaxLength:N0} characters.", "reason");
        }

        if (to == Status)
        {
            return [];
        }

        return Status == AssetStatus.Retired
            ? throw new CommandRejected(Rejection.Conflict, "This asset is retired; register it again to bring it back.", "status")
            : [new AssetStatusChanged(Id, ClientId, Status, to, why, actor.PersonId, now)];
    }

    /// <summary>A request may name this asset: the caller sees it, and it is the request's client's.</summary>
    public void RequireReferableFor(Guid clientId, Actor actor, string field)
    {
        if (ClientId != clientId || !IsVisibleTo(actor))
        {
            throw NoSuchAsset(field);
        }
    }

    public static CommandRejected NoSuchAsset(string? field = null) => new(Rejection.NotFound, "There is no such asset.", field);

    internal static void RequireKeeper(Actor actor)
    {
        if (!actor.Role.IsOperationalStaff())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only delivery staff keep the asset register.");
        }
    }

    internal static AssetDetails Valid(AssetDetails details, IReadOnlyCollection<string> takenTags)
    {
        var (valid, problems) = AssetDetails.Checked(details);
        if (problems.Count > 0)
        {
            throw problems[0];
        }

        return valid!.Tag is { } tag && takenTags.Contains(tag, StringComparer.OrdinalIgnoreCase)
            ? throw TagTaken()
            : valid;
    }

    internal static CommandRejected TagTaken() => new(Rejection.Conflict, "The client has an asset with this tag already.", "tag");

    private void RequireKeptBy(Actor actor)
    {
        if (!IsVisibleTo(actor))
        {
            throw NoSuchAsset();
        }

        RequireKeeper(actor);
    }
}
