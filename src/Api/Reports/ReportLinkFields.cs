using Milestone.Domain.Reports;

namespace Milestone.Api.Reports;

/// <summary>
/// Links that open a client's quarterly review without signing in (docs/insights.md). Account managers and administrators
/// make, list and revoke them for the clients they work with; the link's decision refuses everyone else.
/// </summary>
public static class ReportLinkFields
{
    public static void AddReportLinkQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportLinkType>>>>("reportLinks").ListSize(20)
            .Description("A client's review links, newest first, revoked and expired ones too. Account managers and administrators; another client is NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .PermittedTo(caller => caller.Role.MayShareReports(), "list report links")
            .ResolveAsync(async context =>
            {
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                await using var session = context.OpenQuerySession();
                return await session.Query<ReportLink>().Where(link => link.ClientId == clientId).OrderByDescending(link => link.CreatedAt).ToListAsync(context.CancellationToken);
            });

    public static void AddReportLinkMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedReportLinkType>>("createReportLink")
            .Description("A link that opens the client's review of the quarter without signing in, until it expires (7 days unless configured) or is revoked. "
                + "The url is given only here. Account managers and administrators, for the clients they work with.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<StringGraphType>>("quarter", argument => argument.Description = "yyyy-Qn, such as 2026-Q4.")
            .ResolveAsync(async context =>
            {
                var command = context.Command<CreateReportLink>();
                await context.InvokeAsync(command);
                return new CreatedReportLink(
                    (await context.LoadAsync<ReportLink>(command.LinkId))!, context.Service<EmailLinks>().QuarterlyReview(context.Service<CurrentTenant>().Id, command.Token));
            });

        mutation.Field<NonNullGraphType<ReportLinkType>>("revokeReportLink")
            .Description("The link opens nothing from now on. Revoking it again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(context => context.ChangedAsync((RevokeReportLink command) => context.LoadAsync<ReportLink>(command.Id)));
    }
}

/// <summary>A new link and its url, which carries the secret and is not kept.</summary>
public sealed record CreatedReportLink(ReportLink Link, string Url);

public sealed class CreatedReportLinkType : ObjectGraphType<CreatedReportLink>
{
    public CreatedReportLinkType()
    {
        Name = "CreatedReportLink";
        Field(created => created.Link, type: typeof(NonNullGraphType<ReportLinkType>));
        Field(created => created.Url).Description("Opens the review without signing in; only its hash is stored, so it cannot be shown again.");
    }
}

public sealed class ReportLinkType : ObjectGraphType<ReportLink>
{
    public ReportLinkType()
    {
        Name = "ReportLink";
        Description = "A link that opens one client's quarterly review without signing in.";
        Field(link => link.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(link => link.ClientId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(link => link.Quarter).Description("yyyy-Qn.");
        Field(link => link.CreatedAt);
        Field(link => link.CreatedBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("creator").Description("Who made it.").Resolve(context => context.Person(context.Source.CreatedBy));
        Field(link => link.ExpiresAt);
        Field(link => link.RevokedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("opens")
            .Description("Whether the link opens the review now: neither expired nor revoked.")
            .Resolve(context => context.Source.Opens(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
    }
}
