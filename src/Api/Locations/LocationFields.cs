namespace Milestone.Api.Locations;

/// <summary>Locations (issue #26): a client's sites, who works at which, and what a client admin limited to some of them sees.</summary>
public static class LocationFields
{
    public static void AddLocationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationType>>>>("locations").ListSize(20)
            .Description($"A client's locations by name: a client user's own client's (a client admin limited to some, those); staff name a client. "
                + $"Closed ones only when asked. At most {Location.MaxPerClient}.")
            .Argument<IdGraphType>("clientId")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeClosed", arguments => arguments.DefaultValue = false)
            .ResolveAsync(async context =>
            {
                var caller = context.Caller();
                var named = context.GetArgument<string?>("clientId") ?? (caller.IsStaff ? null : caller.ClientId?.ToString())
                    ?? throw Refusals.Invalid("clientId", "Staff name the client.");
                var clientId = await context.VisibleClientIdAsync(caller, named);
                await using var session = context.OpenQuerySession();
                return await session.LocationsSeenAsync(clientId, caller.AsActor(), context.GetArgument<bool>("includeClosed"), context.CancellationToken);
            });

        query.Field<LocationType>("location")
            .Description("One location; NOT_FOUND when there is none the caller may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
                context.GuidArgument("id") is { } id && await context.LoadAsync<Location>(id) is { } location && location.IsVisibleTo(context.Caller().AsActor())
                    ? location
                    : throw Location.NoSuchLocation());
    }

    public static void AddLocationMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LocationType>>("addLocation")
            .Description("Add a site to a client. Administrators, the client's account managers, and the client's own admin (unless limited to some locations).")
            .Argument<NonNullGraphType<AddLocationInputType>>("input")
            .ResolveAsync(context => context.ChangedAsync((AddLocation command) => Changed(context, command.LocationId)));

        mutation.Field<NonNullGraphType<LocationType>>("reviseLocation")
            .Description("Restate an open location's details: name, address, own time zone and primary contact (leave one out to clear it). As addLocation.")
            .Argument<NonNullGraphType<IdGraphType>>("locationId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<PostalAddressInputType>("address")
            .Argument<StringGraphType>("timeZone")
            .Argument<IdGraphType>("primaryContactId")
            .ResolveAsync(context => context.ChangedAsync((ReviseLocation command) => Changed(context, command.LocationId)));

        mutation.Field<NonNullGraphType<LocationType>>("closeLocation")
            .Description("The client left the site: nothing new is tied to it; what was tied to it keeps the link. As addLocation.")
            .Argument<NonNullGraphType<IdGraphType>>("locationId")
            .ResolveAsync(context => context.ChangedAsync((CloseLocation command) => Changed(context, command.LocationId)));

        mutation.Field<NonNullGraphType<PersonType>>("placePersonAtLocation")
            .Description("Say which of their client's open locations a client user works at (leave out locationId for none): their new requests are about it "
                + "unless they name another. Those who manage the person.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<IdGraphType>("locationId")
            .ResolveAsync(context => context.ChangedAsync((PlacePersonAtLocation command) => context.LoadAsync<PersonAccount>(command.PersonId)));

        mutation.Field<NonNullGraphType<PersonType>>("limitClientAdminToLocations")
            .Description("Limit a client admin to some of the client's locations: they see those locations' requests and assets, and the requests they submitted "
                + "or that were shared with them. Null lifts the limit. Administrators, and the client's admins who are not limited themselves.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("locationIds")
            .ResolveAsync(context => context.ChangedAsync((LimitClientAdminToLocations command) => context.LoadAsync<PersonAccount>(command.PersonId)));
    }

    private static async Task<Location> Changed(IResolveFieldContext context, Guid locationId) => (await context.LoadAsync<Location>(locationId))!;
}
