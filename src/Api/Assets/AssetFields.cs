namespace Milestone.Api.Assets;

/// <summary>Assets (issue #26): the client's register, kept by delivery staff, read by the client's people; imports; asking for a new asset.</summary>
public static class AssetFields
{
    public const int MaxListed = 500;
    public const int SearchMaxLength = 200;

    public static void AddAssetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetType>>>>("assets").ListSize(50)
            .Description($"A client's assets by name: a client user's own client's (a client admin limited to some locations, those there); staff name a client. "
                + $"Filter by location, kind, status, warranty ending within some days, and search name, tag and serial number. At most {MaxListed}.")
            .Argument<IdGraphType>("clientId")
            .Argument<IdGraphType>("locationId")
            .Argument<AssetKindType>("kind")
            .Argument<AssetStatusType>("status")
            .Argument<IntGraphType>("warrantyEndsWithinDays", "In service or in repair, with a warranty that ends from today to this many days ahead (0 to 3,660).")
            .Argument<StringGraphType>("search")
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var named = context.GetArgument<string?>("clientId") ?? (caller.IsStaff ? null : caller.ClientId?.ToString())
                    ?? throw Refusals.Invalid("clientId", "Staff name the client.");
                var clientId = await context.VisibleClientIdAsync(caller, named);
                var filter = await FilterAsync(context, clientId);
                await using var session = context.OpenQuerySession();
                return await session.AssetsSeenAsync(clientId, caller.AsActor(), filter, context.CancellationToken);
            });

        query.Field<AssetType>("asset")
            .Description("One asset; NOT_FOUND when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
                context.GuidArgument("id") is { } id && await context.LoadAsync<Asset>(id) is { } asset && asset.IsVisibleTo(context.Caller().AsActor())
                    ? asset
                    : throw Asset.NoSuchAsset());
    }

    public static void AddAssetMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AssetType>>("registerAsset")
            .Description("Record one of a client's assets, IN_SERVICE. Delivery staff who work with the client.")
            .Argument<NonNullGraphType<RegisterAssetInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((RegisterAsset command) => Changed(context, command.AssetId)));

        mutation.Field<NonNullGraphType<AssetType>>("changeAssetDetails")
            .Description("Restate an asset's details, every one given again; its fields are replaced by the ones given. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("assetId")
            .Argument<NonNullGraphType<AssetDetailsInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((ChangeAssetDetails command) => Changed(context, command.AssetId)));

        mutation.Field<NonNullGraphType<AssetType>>("moveAsset")
            .Description("Stand an asset at another of the client's open locations; leave out locationId for none. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("assetId")
            .Argument<IdGraphType>("locationId")
            .ResolveAsync(context => context.ChangedAsync((MoveAsset command) => Changed(context, command.AssetId)));

        mutation.Field<NonNullGraphType<AssetType>>("changeAssetStatus")
            .Description("IN_SERVICE ↔ IN_REPAIR, or RETIRED for good, optionally saying why. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("assetId")
            .Argument<NonNullGraphType<AssetStatusType>>("status")
            .Argument<StringGraphType>("reason")
            .ResolveAsync(context => context.ChangedAsync((ChangeAssetStatus command) => Changed(context, command.AssetId)));

        mutation.Field<NonNullGraphType<AssetImportReportType>>("importAssets")
            .Description($"Import a client's assets from CSV (docs/assets.md), found by tag: new tags register, known ones are brought up to the row, the rest change "
                + $"nothing. Every row is checked first; with dryRun, or when any row is rejected, nothing is written. At most {AssetImport.MaxRows:N0} rows. Delivery staff.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("csv")
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", arguments => arguments.DefaultValue = true)
            .ResolveAsync(async context => await context.InvokeAsync<AssetImportReport>(context.Command<ImportAssets>()));

        mutation.Field<NonNullGraphType<SubmitRequestPayloadType>>("requestAsset")
            .Description("Ask for a new asset: a request of the \"Asset request\" category under the normal SLA, at the location named (else your own). Client users.")
            .Argument<NonNullGraphType<AssetKindType>>("kind")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"What it is for, at most {RequestRules.DescriptionMaxLength:N0} characters.")
            .Argument<IdGraphType>("locationId")
            .Argument<NonNullGraphType<UrgencyType>>("urgency", arguments => arguments.DefaultValue = Urgency.Normal)
            .Argument<StringGraphType>("idempotencyKey", argument => argument.Description = CallerKeyFields.Description("asset request"))
            .ResolveAsync(context => context.ChangedAsync((RequestAsset command) => RequestOf(context, command.RequestId)));
    }

    private static async Task<Func<Asset, bool>> FilterAsync(IResolveFieldContext context, Guid clientId)
    {
        var locationId = context.GetArgument<string?>("locationId") is { } named ? Guid.TryParse(named, out var id) ? id : Guid.Empty : (Guid?)null;
        var kind = context.GetArgument<AssetKind?>("kind");
        var status = context.GetArgument<AssetStatus?>("status");
        var withinDays = context.GetArgument<int?>("warrantyEndsWithinDays");
        if (withinDays is < 0 or > 3_660)
        {
            throw Refusals.Invalid("warrantyEndsWithinDays", "Give 0 to 3,660 days.");
        }

        var search = context.GetArgument<string?>("search")?.Trim() ?? string.Empty;
        if (search.Length > SearchMaxLength)
        {
            throw Refusals.Invalid("search", $"Search for at most {SearchMaxLength} characters.");
        }

        var today = withinDays is null ? default : await context.ClientTodayAsync(clientId);
        return asset => (locationId is null || asset.LocationId == locationId)
            && (kind is null || asset.Details.Kind == kind)
            && (status is null || asset.Status == status)
            && (withinDays is not { } days || asset.WarrantyEndsWithin(today, days))
            && (search.Length == 0 || Matches(asset, search));
    }

    private static bool Matches(Asset asset, string search) =>
        asset.Details.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
        || asset.Details.Tag?.Contains(search, StringComparison.OrdinalIgnoreCase) == true
        || asset.Details.SerialNumber?.Contains(search, StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<Asset> Changed(IResolveFieldContext context, Guid assetId) => (await context.LoadAsync<Asset>(assetId))!;

    private static async Task<SubmitRequestPayload> RequestOf(IResolveFieldContext context, Guid requestId) =>
        new((await context.LoadAsync<RequestDetails>(requestId))!);
}
