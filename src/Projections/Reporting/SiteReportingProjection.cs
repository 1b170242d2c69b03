using Milestone.Domain.Assets;
using Milestone.Domain.Locations;

namespace Milestone.Projections.Reporting;

/// <summary>
/// Keeps <c>reporting.locations</c> and <c>reporting.assets</c> (one row each, as they stand) and <c>reporting.request_assets</c>
/// (which requests concern which assets) for BI: requests per site join <c>reporting.requests.location_id</c>, an asset's
/// requests join through <c>request_assets</c> (docs/reporting.md).
/// </summary>
public sealed partial class SiteReportingProjection : EventProjection
{
    public const string ProjectionName = "ReportingSites";

    public SiteReportingProjection()
    {
        Name = ProjectionName;
        ReportingTable.Keep(this, ReportingTable.Locations, table =>
        {
            table.AddColumn<Guid>("location_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<string>("city");
            table.AddColumn<string>("country");
            table.AddColumn<string>("time_zone");
            table.AddColumn<Guid>("primary_contact_id");
            table.AddColumn<DateTimeOffset>("added_at").NotNull();
            table.AddColumn<DateTimeOffset>("closed_at");
        });
        ReportingTable.Keep(this, ReportingTable.Assets, table =>
        {
            table.AddColumn<Guid>("asset_id").AsPrimaryKey();
            table.AddColumn<Guid>("client_id").NotNull().AddIndex();
            table.AddColumn<Guid>("location_id");
            table.AddColumn<string>("name").NotNull();
            table.AddColumn<string>("kind").NotNull();
            table.AddColumn<string>("tag");
            table.AddColumn<string>("serial_number");
            table.AddColumn<string>("status").NotNull();
            table.AddColumn<DateOnly>("purchased_on");
            table.AddColumn<DateOnly>("warranty_ends_on");
            table.AddColumn<DateTimeOffset>("registered_at").NotNull();
            table.AddColumn<DateTimeOffset>("last_changed_at").NotNull();
        });
        ReportingTable.Keep(this, ReportingTable.RequestAssets, table =>
        {
            table.AddColumn<Guid>("request_id").AsPrimaryKey();
            table.AddColumn<Guid>("asset_id").AsPrimaryKey().AddIndex();
            table.AddColumn<Guid>("client_id").NotNull();
            table.AddColumn<DateTimeOffset>("referenced_at").NotNull();
        });
    }

    public static void Project(LocationAdded added, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.Locations} (location_id, client_id, name, city, country, time_zone, primary_contact_id, added_at)
        values (?, ?, ?, ?, ?, ?, ?::uuid, ?) on conflict (location_id) do nothing
        """,
        added.LocationId, added.ClientId, added.Name, Text(added.Address?.City), Text(added.Address?.Country), Text(added.TimeZone), Nullable(added.PrimaryContactId), added.AddedAt);

    public static void Project(LocationRevised revised, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Locations} set name = ?, city = ?, country = ?, time_zone = ?, primary_contact_id = ?::uuid where location_id = ?",
        revised.Name, Text(revised.Address?.City), Text(revised.Address?.Country), Text(revised.TimeZone), Nullable(revised.PrimaryContactId), revised.LocationId);

    public static void Project(LocationClosed closed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Locations} set closed_at = ? where location_id = ?", closed.ClosedAt, closed.LocationId);

    public static void Project(AssetRegistered registered, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        insert into {ReportingTable.Assets}
          (asset_id, client_id, location_id, name, kind, tag, serial_number, status, purchased_on, warranty_ends_on, registered_at, last_changed_at)
        values (?, ?, ?::uuid, ?, ?, ?, ?, ?, ?::date, ?::date, ?, ?) on conflict (asset_id) do nothing
        """,
        registered.AssetId, registered.ClientId, Nullable(registered.LocationId), registered.Details.Name, registered.Details.Kind.ToString(), Text(registered.Details.Tag),
        Text(registered.Details.SerialNumber), registered.Status.ToString(), Nullable(registered.Details.PurchasedOn), Nullable(registered.Details.WarrantyEndsOn),
        registered.RegisteredAt, registered.RegisteredAt);

    public static void Project(AssetDetailsChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"""
        update {ReportingTable.Assets} set name = ?, kind = ?, tag = ?, serial_number = ?, purchased_on = ?::date, warranty_ends_on = ?::date, last_changed_at = ?
        where asset_id = ?
        """,
        changed.Details.Name, changed.Details.Kind.ToString(), Text(changed.Details.Tag), Text(changed.Details.SerialNumber), Nullable(changed.Details.PurchasedOn),
        Nullable(changed.Details.WarrantyEndsOn), changed.ChangedAt, changed.AssetId);

    public static void Project(AssetMoved moved, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Assets} set location_id = ?::uuid, last_changed_at = ? where asset_id = ?", Nullable(moved.ToLocationId), moved.MovedAt, moved.AssetId);

    public static void Project(AssetStatusChanged changed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"update {ReportingTable.Assets} set status = ?, last_changed_at = ? where asset_id = ?", changed.To.ToString(), changed.ChangedAt, changed.AssetId);

    public static void Project(RequestSubmitted submitted, IDocumentOperations operations)
    {
        foreach (var assetId in submitted.AssetIds ?? [])
        {
            Referenced(operations, submitted.RequestId, assetId, submitted.ClientId, submitted.SubmittedAt);
        }
    }

    public static void Project(AssetReferenced referenced, IDocumentOperations operations) =>
        Referenced(operations, referenced.RequestId, referenced.AssetId, referenced.ClientId, referenced.ReferencedAt);

    public static void Project(AssetReferenceRemoved removed, IDocumentOperations operations) => operations.QueueSqlCommand(
        $"delete from {ReportingTable.RequestAssets} where request_id = ? and asset_id = ?", removed.RequestId, removed.AssetId);

    private static void Referenced(IDocumentOperations operations, Guid requestId, Guid assetId, Guid clientId, DateTimeOffset at) => operations.QueueSqlCommand(
        $"insert into {ReportingTable.RequestAssets} (request_id, asset_id, client_id, referenced_at) values (?, ?, ?, ?) on conflict (request_id, asset_id) do nothing",
        requestId, assetId, clientId, at);

    private static object Text(string? value) => value is null ? DBNull.Value : value;

    private static object Nullable<T>(T? value) where T : struct => value.HasValue ? value.Value : DBNull.Value;
}
