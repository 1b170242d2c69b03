using Milestone.Domain.Assets;
using Milestone.Domain.Locations;

namespace Milestone.Domain.Requests;

/// <summary>
/// Where a request is about and what it concerns: one of the client's locations (its SLA counts in that location's time
/// zone when the policy follows the client's) and any of the client's assets, each listed among the asset's requests.
/// </summary>
public sealed partial record Request
{
    public const int MaxAssets = 20;
    public const string AssetRequestCategory = "Asset request";

    public Guid? LocationId { get; init; }

    public ImmutableList<Guid> AssetIds { get; init; } = [];

    /// <summary>For a client's request for a new asset, the kind and reason they gave.</summary>
    public (AssetKind Kind, string Reason)? AssetAsked { get; init; }

    /// <summary>
    /// The location a new request is about: the one named (<paramref name="named"/> as it stands, null when there is no
    /// such location), else the submitter's own (<paramref name="submitters"/>) while it is open, else none.
    /// </summary>
    public static Guid? LocationOfNewRequest(Guid clientId, Guid? namedId, Location? named, Location? submitters, Actor actor)
    {
        if (namedId is not null)
        {
            return Location.Named(clientId, namedId, named, actor);
        }

        return submitters is { IsOpen: true } && submitters.ClientId == clientId && submitters.IsVisibleTo(actor) ? submitters.Id : null;
    }

    /// <summary>The assets a new request concerns: each named one must be the client's and visible to the submitter.</summary>
    public static IReadOnlyList<Guid>? AssetsOfNewRequest(Guid clientId, IReadOnlyList<Guid>? namedIds, IReadOnlyCollection<Asset> found, Actor actor)
    {
        var named = (namedIds ?? []).Distinct().ToList();
        if (named.Count > MaxAssets)
        {
            throw new CommandRejected(Rejection.Invalid, $"Name at most {MaxAssets} assets.", "assetIds");
        }

        foreach (var assetId in named)
        {
            (found.FirstOrDefault(asset => asset.Id == assetId) ?? throw Asset.NoSuchAsset("assetIds")).RequireReferableFor(clientId, actor, "assetIds");
        }

        return named.Count > 0 ? named : null;
    }

    /// <summary>
    /// A client user asks for a new asset: a request of the asset-request category, at the location named (else their
    /// own), counted under the normal SLA. <paramref name="earlier"/> is the request the caller's key made already, if
    /// it did: asked again for the same, nothing more is written; for something else, the key is refused.
    /// </summary>
    public static IReadOnlyList<object> RequestAsset(
        Actor actor, Guid requestId, AssetKind kind, string reason, Guid? namedLocationId, Location? named, Location? submitters, Urgency urgency, DateTimeOffset now,
        Request? earlier = null)
    {
        if (actor.IsStaff)
        {
            throw new CommandRejected(Rejection.Forbidden, "Client users ask for new assets; staff register them.");
        }

        if (earlier is not null)
        {
            var same = earlier.AssetAsked == (kind, reason?.Trim() ?? string.Empty) && earlier.Urgency == urgency
                && (namedLocationId is null || namedLocationId == earlier.LocationId);
            return same ? [] : throw CallerKeys.ReusedWithOtherPayload("idempotencyKey");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new CommandRejected(Rejection.Invalid, "The kind is WORKSTATION, SERVER, NETWORK, LICENCE or OTHER.", "kind");
        }

        RequestRules.RequireText(reason, "reason", RequestRules.DescriptionMaxLength, "Say what the asset is for.");
        var title = $"New {kind.ToString().ToLowerInvariant()} requested";
        var submitted = Submit(actor, requestId, actor.ClientId, true, title, reason, urgency, now);
        var locationId = LocationOfNewRequest(submitted.ClientId, namedLocationId, named, submitters, actor);
        return
        [
            submitted with { LocationId = locationId },
            new RequestCategorised(requestId, submitted.ClientId, AssetRequestCategory, actor.PersonId, now),
            new AssetRequested(requestId, submitted.ClientId, kind, reason.Trim(), locationId, actor.PersonId, now),
        ];
    }

    public IEnumerable<object> MoveToLocation(Actor actor, Guid? locationId, Location? location, DateTimeOffset now)
    {
        RequireMayPlace(actor);
        var placed = Location.Named(ClientId, locationId, location, actor);
        return placed == LocationId ? [] : [new RequestLocationChanged(Id, ClientId, LocationId, placed, actor.PersonId, now, actor.Source)];
    }

    public IEnumerable<object> ReferenceAsset(Actor actor, Guid assetId, Asset? asset, DateTimeOffset now)
    {
        RequireMayPlace(actor);
        (asset ?? throw Asset.NoSuchAsset("assetId")).RequireReferableFor(ClientId, actor, "assetId");
        if (AssetIds.Contains(assetId))
        {
            return [];
        }

        return AssetIds.Count < MaxAssets
            ? [new AssetReferenced(Id, ClientId, assetId, actor.PersonId, now, actor.Source)]
            : throw new CommandRejected(Rejection.Conflict, $"A request concerns at most {MaxAssets} assets.", "assetId");
    }

    public IEnumerable<object> RemoveAssetReference(Actor actor, Guid assetId, DateTimeOffset now)
    {
        RequireMayPlace(actor);
        return AssetIds.Contains(assetId) ? [new AssetReferenceRemoved(Id, ClientId, assetId, actor.PersonId, now, actor.Source)] : [];
    }

    /// <summary>Delivery staff, the client's admins and the submitter say where a request is about and what it concerns.</summary>
    private void RequireMayPlace(Actor actor)
    {
        RequireVisibleTo(actor);
        RequireNotExecutive(actor, "change what a request is about");
        if (!actor.IsStaff && actor.Role != Role.ClientAdmin && actor.PersonId != SubmittedBy)
        {
            throw new CommandRejected(Rejection.Forbidden, "Only the submitter, their client admin or staff may change what a request is about.");
        }
    }

    private Request EvolvePlace(object @event) => @event switch
    {
        RequestLocationChanged changed => this with { LocationId = changed.ToLocationId },
        AssetReferenced referenced => this with { AssetIds = AssetIds.Add(referenced.AssetId) },
        AssetReferenceRemoved removed => this with { AssetIds = AssetIds.Remove(removed.AssetId) },
        AssetRequested requested => this with { AssetAsked = (requested.Kind, requested.Reason) },
        _ => this,
    };
}
