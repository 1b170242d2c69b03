using JasperFx.Events;
using Milestone.Api.Locations;

namespace Milestone.Api.Assets;

public sealed class AssetKindType() : EnumGraphType<AssetKind>(description: "WORKSTATION, SERVER, NETWORK, LICENCE or OTHER.");

public sealed class AssetStatusType() : EnumGraphType<AssetStatus>(description: "IN_SERVICE, IN_REPAIR, or RETIRED for good.");

public sealed class AssetFieldType : ObjectGraphType<AssetField>
{
    public AssetFieldType()
    {
        Name = "AssetField";
        Description = "One of the client's own fields on an asset.";
        Field(field => field.Key);
        Field(field => field.Value);
    }
}

public sealed class AssetFieldInputType : InputObjectGraphType<AssetField>
{
    public AssetFieldInputType()
    {
        Name = "AssetFieldInput";
        Field(field => field.Key).Description($"1 to {AssetDetails.FieldKeyMaxLength} characters, each key once.");
        Field(field => field.Value).Description($"At most {AssetDetails.FieldValueMaxLength} characters; empty leaves the field out.");
    }
}

/// <summary>One event of an asset's history as the schema shows it.</summary>
public sealed record AssetChange(long Version, string Type, DateTimeOffset At, Guid By, string Summary);

public sealed class AssetChangeType : ObjectGraphType<AssetChange>
{
    public AssetChangeType()
    {
        Name = "AssetChange";
        Description = "One event in an asset's history, oldest first.";
        Field(change => change.Version).Description("1 for the registration, then one up per change.");
        Field(change => change.Type).Description("REGISTERED, DETAILS_CHANGED, MOVED or STATUS_CHANGED.");
        Field(change => change.At);
        Field<ParticipantInterface>("by").Resolve(context => context.Participant(context.Source.By));
        Field(change => change.Summary).Description("What changed, in words.");
    }
}

public sealed class AssetType : ObjectGraphType<Asset>
{
    public AssetType()
    {
        Name = "Asset";
        Description = "One of a client's assets: hardware, network gear or a licence. Its history is its events.";
        Field(asset => asset.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(asset => asset.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Details.Name);
        Field<NonNullGraphType<AssetKindType>>("kind").Resolve(context => context.Source.Details.Kind);
        Field<StringGraphType>("tag").Description("The client's asset tag, unique within the client: what an import finds the asset by.").Resolve(context => context.Source.Details.Tag);
        Field<StringGraphType>("serialNumber").Resolve(context => context.Source.Details.SerialNumber);
        Field(asset => asset.Status, type: typeof(NonNullGraphType<AssetStatusType>));
        Field<IdGraphType>("locationId").Resolve(context => context.Source.LocationId);
        Field<LocationType>("location").Description("Where it stands; null when nowhere in particular.").Resolve(context => context.Location(context.Source.LocationId));
        Field<DateOnlyGraphType>("purchasedOn").Resolve(context => context.Source.Details.PurchasedOn);
        Field<DateOnlyGraphType>("warrantyEndsOn").Resolve(context => context.Source.Details.WarrantyEndsOn);
        Field<NonNullGraphType<StringGraphType>>("notes").Resolve(context => context.Source.Details.Notes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetFieldType>>>>("fields").Description("The client's own fields, by key.").Resolve(context => context.Source.Details.Fields);
        Field(asset => asset.RegisteredAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests").ListSize(10)
            .Description($"The requests about the asset that the caller may see, newest first; at most {AssetFields.MaxListed}.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var assetId = context.Source.Id;
                return await session.RequestsVisibleTo(context.Caller())
                    .Where(request => request.ClientId == context.Source.ClientId && request.AssetIds.Contains(assetId))
                    .OrderByDescending(request => request.SubmittedAt)
                    .Take(AssetFields.MaxListed)
                    .ToListAsync(context.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetChangeType>>>>("history").ListSize(20)
            .Description("Every change to the asset, oldest first.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var events = await session.Events.FetchStreamAsync(context.Source.Id, token: context.CancellationToken);
                return events.Select(AssetHistory.Change).OfType<AssetChange>().ToList();
            });
    }
}

public sealed class RegisterAssetInputType : InputObjectGraphType
{
    public RegisterAssetInputType()
    {
        Name = "RegisterAssetInput";
        Field<NonNullGraphType<IdGraphType>>("clientId");
        AssetDetailsInput.AddFields(this);
        Field<IdGraphType>("locationId").Description("One of the client's open locations; leave out for none.");
    }
}

public sealed class AssetDetailsInputType : InputObjectGraphType
{
    public AssetDetailsInputType()
    {
        Name = "AssetDetailsInput";
        AssetDetailsInput.AddFields(this);
    }
}

internal static class AssetDetailsInput
{
    public static void AddFields(InputObjectGraphType input)
    {
        input.Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {AssetDetails.NameMaxLength} characters.");
        input.Field<NonNullGraphType<AssetKindType>>("kind");
        input.Field<StringGraphType>("tag").Description($"The client's asset tag, at most {AssetDetails.TagMaxLength} characters, unique within the client.");
        input.Field<StringGraphType>("serialNumber").Description($"At most {AssetDetails.SerialNumberMaxLength} characters.");
        input.Field<DateOnlyGraphType>("purchasedOn");
        input.Field<DateOnlyGraphType>("warrantyEndsOn").Description("On or after the purchase.");
        input.Field<StringGraphType>("notes").Description($"At most {AssetDetails.NotesMaxLength:N0} characters.");
        input.Field<ListGraphType<NonNullGraphType<AssetFieldInputType>>>("fields").Description($"The client's own fields, at most {AssetDetails.MaxFields}.");
    }
}

public sealed class AssetRowResultType() : EnumGraphType<AssetRowResult>(description: "REGISTERED, UPDATED, UNCHANGED or REJECTED.");

public sealed class AssetRowProblemType : ObjectGraphType<CommandRejected>
{
    public AssetRowProblemType()
    {
        Name = "AssetRowProblem";
        Description = "Why a row was rejected.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("The column: tag, name, kind, status, location, purchasedOn, warrantyEndsOn, notes, fields…")
            .Resolve(context => context.Source.Field ?? "row");
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(context => context.Source.Message);
    }
}

public sealed class AssetRowOutcomeType : ObjectGraphType<AssetRowOutcome>
{
    public AssetRowOutcomeType()
    {
        Name = "AssetRowOutcome";
        Field(outcome => outcome.Line).Description("The row's line in the file; the header is line 1.");
        Field(outcome => outcome.Tag, nullable: true);
        Field(outcome => outcome.Result, type: typeof(NonNullGraphType<AssetRowResultType>));
        Field(outcome => outcome.AssetId, type: typeof(IdGraphType)).Description("The asset the row registered or matched; null for a new asset in a dry run or a rejected import.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetRowProblemType>>>>("problems").ListSize(2).Resolve(context => context.Source.Problems);
    }
}

public sealed class AssetImportReportType : ObjectGraphType<AssetImportReport>
{
    public AssetImportReportType()
    {
        Name = "AssetImportReport";
        Field(report => report.DryRun);
        Field(report => report.Applied).Description("Whether anything was written: false for a dry run, when any row was rejected, or when nothing differed.");
        Field<NonNullGraphType<IntGraphType>>("rejected").Resolve(context => context.Source.Rows.Count(row => row.Result == AssetRowResult.Rejected));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetRowOutcomeType>>>>("rows").ListSize(50).Description("Every row, in file order.")
            .Resolve(context => context.Source.Rows);
    }
}
