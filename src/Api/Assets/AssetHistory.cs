using JasperFx.Events;

namespace Milestone.Api.Assets;

/// <summary>An asset's events in words, for its history.</summary>
public static class AssetHistory
{
    public static AssetChange? Change(IEvent recorded) => recorded.Data switch
    {
        AssetRegistered registered => new(recorded.Version, "REGISTERED", registered.RegisteredAt, registered.RegisteredBy,
            $"Registered \"{registered.Details.Name}\" ({registered.Details.Kind.ToString().ToUpperInvariant()}){Imported(registered.ImportedFrom)}."),
        AssetDetailsChanged changed => new(recorded.Version, "DETAILS_CHANGED", changed.ChangedAt, changed.ChangedBy,
            $"Details changed{Imported(changed.ImportedFrom)}."),
        AssetMoved moved => new(recorded.Version, "MOVED", moved.MovedAt, moved.MovedBy,
            moved.ToLocationId is null ? $"No longer at a location{Imported(moved.ImportedFrom)}." : $"Moved to another location{Imported(moved.ImportedFrom)}."),
        AssetStatusChanged changed => new(recorded.Version, "STATUS_CHANGED", changed.ChangedAt, changed.ChangedBy,
            $"{Status(changed.From)} → {Status(changed.To)}{(changed.Reason is { } reason ? $": {reason}" : string.Empty)}{Imported(changed.ImportedFrom)}."),
        _ => null,
    };

    private static string Status(AssetStatus status) => status switch
    {
        AssetStatus.InService => "IN_SERVICE",
        AssetStatus.InRepair => "IN_REPAIR",
        _ => "RETIRED",
    };

    private static string Imported(Guid? importId) => importId is null ? string.Empty : " by import";
}
