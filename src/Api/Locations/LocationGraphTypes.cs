using Milestone.Api.Assets;

namespace Milestone.Api.Locations;

public sealed class PostalAddressType : ObjectGraphType<PostalAddress>
{
    public PostalAddressType()
    {
        Name = "PostalAddress";
        Field(address => address.Street).Description("Street lines, one per line.");
        Field(address => address.City);
        Field(address => address.Region, nullable: true);
        Field(address => address.PostalCode, nullable: true);
        Field(address => address.Country);
    }
}

public sealed class PostalAddressInputType : InputObjectGraphType<PostalAddress>
{
    public PostalAddressInputType()
    {
        Name = "PostalAddressInput";
        Field(address => address.Street).Description($"Street lines, at most {PostalAddress.StreetMaxLength} characters.");
        Field(address => address.City).Description($"At most {PostalAddress.PartMaxLength} characters.");
        Field(address => address.Region, nullable: true).Description($"State, county or province, at most {PostalAddress.PartMaxLength} characters.");
        Field(address => address.PostalCode, nullable: true).Description($"At most {PostalAddress.PostalCodeMaxLength} characters.");
        Field(address => address.Country).Description($"At most {PostalAddress.PartMaxLength} characters.");
    }
}

public sealed class LocationType : ObjectGraphType<Location>
{
    public LocationType()
    {
        Name = "Location";
        Description = "One of a client's sites. Requests, people and assets may be tied to it; its time zone counts SLAs that follow the client's time.";
        Field(location => location.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(location => location.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(location => location.Name);
        Field(location => location.Address, type: typeof(PostalAddressType)).Description("Null until given.");
        Field(location => location.TimeZone, nullable: true).Description("The site's own IANA time zone; null means the client's.");
        Field<NonNullGraphType<StringGraphType>>("effectiveTimeZone")
            .Description("The zone the site's days and SLA hours are counted in: its own, else the client's.")
            .Resolve(context => context.Source.TimeZone is { } own ? own : context.Client(context.Source.ClientId)!.Then(client => client?.TimeZone));
        Field<IdGraphType>("primaryContactId").Resolve(context => context.Source.PrimaryContactId);
        Field<PersonType>("primaryContact").Description("The client's person to call about the site; null when none, or not one the caller may see.")
            .Resolve(context => context.Person(context.Source.PrimaryContactId));
        Field(location => location.IsOpen).Description("False once closed: nothing new is tied to it.");
        Field(location => location.AddedAt);
        Field(location => location.ClosedAt, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetType>>>>("assets").ListSize(50)
            .Description($"The assets standing at the site, by name; at most {AssetFields.MaxListed}.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                var locationId = context.Source.Id;
                return await session.AssetsSeenAsync(
                    context.Source.ClientId, context.Caller().AsActor(), asset => asset.LocationId == locationId, context.CancellationToken);
            });
    }
}

public sealed class AddLocationInputType : InputObjectGraphType
{
    public AddLocationInputType()
    {
        Name = "AddLocationInput";
        Field<NonNullGraphType<IdGraphType>>("clientId");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"1 to {Location.NameMaxLength} characters, unlike the client's other open locations.");
        Field<PostalAddressInputType>("address");
        Field<StringGraphType>("timeZone").Description("The site's IANA time zone; leave out for the client's.");
        Field<IdGraphType>("primaryContactId").Description("One of the client's people.");
    }
}
