namespace Milestone.Api.Organisations;

public sealed class ClientOrganisationType : NodeGraphType<ClientOrganisationDetails>
{
    public ClientOrganisationType()
        : base("ClientOrganisation", "A company the MSP serves.", client => client.Id)
    {
        Field(client => client.Name);
        Field(client => client.TimeZone).Description("IANA time zone, e.g. Europe/London.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("locations")
            .Description("The names of the client's open locations the caller may see, by name; `sites` has them in full.")
            .ResolveAsync(async context => (await SitesAsync(context)).Select(location => location.Name).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Locations.LocationType>>>>("sites").ListSize(20)
            .Description("The client's open locations the caller may see, by name.")
            .ResolveAsync(async context => await SitesAsync(context));
        Field(client => client.CreatedAt);
        Field(client => client.TwoFactorRequired).Description("Whether the client's people must sign in with two factors.");
        Field(client => client.TaxRatePercent, nullable: true).Description("The tax rate its new invoices start with; null: the service's default.");
        Field(client => client.PaymentTermsDays, nullable: true).Description("The payment terms, in days, its new invoices start with; null: the service's default.");
        Field(client => client.Rates, type: typeof(Billing.RateCardType)).Description("What its time costs when it has no hour bank; null: none set.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Billing.ClosedBillingMonthType>>>>("closedBillingMonths")
            .Description("The months closed for billing, oldest first. Staff only; empty for others.")
            .Resolve(context => context.Caller().IsStaff ? context.Source.ClosedBillingMonths : []).ListSize(12);
        Field(client => client.SlaPolicyId, type: typeof(IdGraphType)).Description("The client's own SLA policy; null when it counts under the default one.");
        Field<HourBankType>("hourBank")
            .Description("The client's hour bank as it stands now; null if none is open.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.BankNowAsync(context.Source.Id, context.Now(), context.CancellationToken);
            });
    }

    private static async Task<List<Location>> SitesAsync(IResolveFieldContext<ClientOrganisationDetails> context)
    {
        await using var session = context.OpenQuerySession();
        return await session.LocationsSeenAsync(context.Source.Id, context.Caller().AsActor(), includeClosed: false, context.CancellationToken);
    }
}

public sealed record CreateClientOrganisationInput(string Name, string TimeZone, List<string>? Locations);

public sealed class CreateClientOrganisationInputType : InputObjectGraphType<CreateClientOrganisationInput>
{
    public CreateClientOrganisationInputType()
    {
        Name = "CreateClientOrganisationInput";
        Field(input => input.Name);
        Field(input => input.TimeZone).Description("IANA time zone, e.g. Europe/London.");
        Field(input => input.Locations, nullable: true);
    }
}
