using Milestone.Domain.Assets;
using Milestone.Domain.Locations;
using static Milestone.Domain.Tests.Cast;

namespace Milestone.Domain.Tests.Assets;

/// <summary>Given the client's assets and locations, when a file's rows are imported, then these outcomes and these events.</summary>
public sealed class AssetImportTests
{
    private static readonly Guid ImportId = Guid.Parse("0193a1b2-0000-7000-8000-0000000070a1");
    private static readonly Guid NewAssetId = Guid.Parse("0193a1b2-0000-7000-8000-0000000070b1");
    private static readonly Location Leeds = Location.Evolve(null, Location.Add(
        Guid.Parse("0193a1b2-0000-7000-8000-0000000070c1"), Acme, true, new LocationDetails("Leeds", null, null, null), [], null, Admin, Now))!;

    private static readonly Asset Switch = Asset.Evolve(null, Asset.Register(
        Guid.Parse("0193a1b2-0000-7000-8000-0000000070d1"), Acme, true,
        new AssetDetails("Core switch", AssetKind.Network, "SW-1", null, null, null, "Rack 2", [new AssetField("Ports", "48")]), null, null, [], Agent, Now))!;

    [Fact]
    public void A_new_tag_registers_a_known_one_changes_only_what_the_row_says_and_the_same_row_again_changes_nothing()
    {
        var (outcomes, writes) = Decide(
            Row(2, "PC-1", name: "Reception PC", kind: "workstation", location: "leeds", warranty: "2028-01-31"),
            Row(3, "sw-1", status: "IN REPAIR", fields: [new AssetField("Ports", "")]));
        var updated = writes[1].Events.Aggregate(Switch, (asset, @event) => Asset.Evolve(asset, @event)!);
        var (again, none) = Decide([updated], Row(3, "sw-1", status: "IN REPAIR", fields: [new AssetField("Ports", "")]));

        Assert.Equal([AssetRowResult.Registered, AssetRowResult.Updated], outcomes.Select(outcome => outcome.Result));
        var registered = Assert.IsType<AssetRegistered>(Assert.Single(writes[0].Events));
        Assert.Equal((NewAssetId, Leeds.Id, AssetStatus.InService, ImportId), (registered.AssetId, registered.LocationId, registered.Status, registered.ImportedFrom));
        Assert.Equal(new DateOnly(2028, 1, 31), registered.Details.WarrantyEndsOn);
        Assert.Equal([typeof(AssetDetailsChanged), typeof(AssetStatusChanged)], writes[1].Events.Select(@event => @event.GetType()));
        Assert.Equal(("Core switch", "Rack 2", 0), (updated.Details.Name, updated.Details.Notes, updated.Details.Fields.Count));
        Assert.Equal(AssetRowResult.Unchanged, Assert.Single(again).Result);
        Assert.Empty(none);
    }

    [Fact]
    public void Every_problem_of_every_row_is_reported_and_one_rejected_row_writes_nothing()
    {
        var (outcomes, writes) = Decide(
            Row(2, "PC-1", name: "Fine", kind: "SERVER"),
            Row(3, "PC-2", name: "", kind: "toaster", location: "Atlantis", purchased: "31/01/2025", warranty: "2024-01-01"),
            Row(4, null, name: "No tag", kind: "OTHER"),
            Row(5, "pc-1", name: "Twice", kind: "OTHER"),
            Row(6, "NEW-1", name: "No kind"));

        Assert.Empty(writes);
        Assert.Equal(
            [AssetRowResult.Rejected, AssetRowResult.Rejected, AssetRowResult.Rejected, AssetRowResult.Rejected, AssetRowResult.Rejected],
            outcomes.Select(outcome => outcome.Result));
        Assert.Equal(["tag"], outcomes[0].Problems.Select(problem => problem.Field));
        Assert.Equal(["kind", "location", "name", "purchasedOn"], outcomes[1].Problems.Select(problem => problem.Field).Order(StringComparer.Ordinal));
        Assert.Equal(["tag"], outcomes[2].Problems.Select(problem => problem.Field));
        Assert.Equal(["kind"], outcomes[4].Problems.Select(problem => problem.Field));
    }

    [Fact]
    public void A_retired_asset_does_not_come_back_into_service_by_import_and_only_delivery_staff_import()
    {
        var retired = Switch with { Status = AssetStatus.Retired };

        var (outcomes, writes) = Decide([retired], Row(2, "SW-1", status: "IN_SERVICE"));

        Assert.Equal(AssetRowResult.Rejected, Assert.Single(outcomes).Result);
        Assert.Equal("status", outcomes[0].Problems.Single().Field);
        Assert.Empty(writes);
        Assert.Equal(Rejection.Forbidden, Refusal(() => AssetImport.Decide(ImportId, Acme, true, [Row(2, "X")], [], [], () => NewAssetId, ClientAdmin, Now)).Rejection);
        Assert.Equal(Rejection.NotFound, Refusal(() => AssetImport.Decide(ImportId, Acme, true, [Row(2, "X")], [], [], () => NewAssetId, Agent with { StaffScope = [Globex] }, Now)).Rejection);
    }

    private static CommandRejected Refusal(Func<object?> decide) => Assert.Throws<CommandRejected>(decide);

    private static (IReadOnlyList<AssetRowOutcome> Outcomes, IReadOnlyList<AssetWrite> Writes) Decide(params AssetRow[] rows) => Decide([Switch], rows);

    private static (IReadOnlyList<AssetRowOutcome> Outcomes, IReadOnlyList<AssetWrite> Writes) Decide(IReadOnlyList<Asset> assets, params AssetRow[] rows) =>
        AssetImport.Decide(ImportId, Acme, true, rows, assets, [Leeds], () => NewAssetId, Agent, Now);

    private static AssetRow Row(
        int line, string? tag, string? name = null, string? kind = null, string? status = null, string? location = null,
        string? purchased = null, string? warranty = null, IReadOnlyList<AssetField>? fields = null) =>
        new(line, tag, name, kind, null, status, location, purchased, warranty, null, fields ?? []);
}
