using Milestone.Domain.PortalLinks;

namespace Milestone.Api.PortalLinks;

/// <summary>
/// Sign-up links (issue #23): to a client's portal, made by administrators and the client's account managers; to the
/// Delivery App for staff, made by administrators. The link's decision refuses everyone else.
/// </summary>
public static class PortalLinkFields
{
    public static void AddPortalLinkQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PortalLinkType>>>>("portalLinks").ListSize(20)
            .Description("A client's portal links, newest first, revoked and expired ones too. Administrators and account managers; another client is NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .PermittedTo(caller => caller.Role.MayManagePortalLinks(staffLink: false), "list portal links")
            .ResolveAsync(async context =>
            {
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                await using var session = context.OpenQuerySession();
                return await session.Query<PortalLink>().Where(link => link.ClientId == clientId).OrderByDescending(link => link.CreatedAt).ToListAsync(context.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PortalLinkType>>>>("staffSignUpLinks").ListSize(20)
            .Description("The Delivery App's sign-up links for staff, newest first, revoked and expired ones too. Administrators.")
            .PermittedTo(caller => caller.Role.MayManagePortalLinks(staffLink: true), "list staff sign-up links")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return await session.Query<PortalLink>().Where(link => link.ClientId == null).OrderByDescending(link => link.CreatedAt).ToListAsync(context.CancellationToken);
            });
    }

    public static void AddPortalLinkMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreatedPortalLinkType>>("createPortalLink")
            .Description("A link through which people sign themselves up: to the client's portal, or without a client to the Delivery App as staff. "
                + "The url is given only here.")
            .Argument<NonNullGraphType<CreatePortalLinkInputType>>("input")
            .ResolveAsync(async context =>
            {
                var command = context.Command<CreatePortalLink>();
                await context.InvokeAsync(command);
                return new CreatedPortalLink(
                    (await context.LoadAsync<PortalLink>(command.LinkId))!, context.Service<EmailLinks>().SignUp(context.Service<CurrentTenant>().Id, command.Token));
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("signUp")
            .Description("Sign up through a portal link; the address then gets an e-mail, with a verification link (valid for 24 hours, once) "
                + "or with why no account was made (link withdrawn, expired or used up, address outside the link's domains, address already known). "
                + "Always true, so the answer tells nothing about who is known.")
            .Argument<NonNullGraphType<SignUpInputType>>("input")
            .ResolveAsync(async context =>
            {
                await context.InvokeAsync(context.Command<SignUp>());
                return true;
            });

        mutation.Field<NonNullGraphType<PersonType>>("verifyEmail")
            .Description("Confirm the address one signed up with, using the token from the verification link: the account becomes active. Then sign in.")
            .Argument<NonNullGraphType<StringGraphType>>("token")
            .ResolveAsync(async context =>
            {
                var personId = await context.InvokeAsync<Guid>(context.Command<VerifyEmailByLink>());
                return await context.LoadAsync<PersonAccount>(personId);
            });

        mutation.Field<NonNullGraphType<PortalLinkType>>("revokePortalLink")
            .Description("Nobody signs up through the link from now on; the people who did stay. Revoking it again changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(context => context.ChangedAsync((RevokePortalLink command) => context.LoadAsync<PortalLink>(command.Id)));
    }
}

/// <summary>A new link and its url, which carries the secret and is not kept.</summary>
public sealed record CreatedPortalLink(PortalLink Link, string Url);

public sealed class CreatedPortalLinkType : ObjectGraphType<CreatedPortalLink>
{
    public CreatedPortalLinkType()
    {
        Name = "CreatedPortalLink";
        Field(created => created.Link, type: typeof(NonNullGraphType<PortalLinkType>));
        Field(created => created.Url).Description("The sign-up page; only its secret's hash is stored, so it cannot be shown again.");
    }
}

public sealed record CreatePortalLinkInput(string? ClientId, Role? Role, IReadOnlyList<string>? AllowedDomains, DateTimeOffset? ExpiresAt, int? MaximumSignUps);

public sealed class CreatePortalLinkInputType : InputObjectGraphType<CreatePortalLinkInput>
{
    public CreatePortalLinkInputType()
    {
        Name = "CreatePortalLinkInput";
        Field(input => input.ClientId, type: typeof(IdGraphType)).Description("The client new people join; leave it out for a staff sign-up link.");
        Field(input => input.Role, type: typeof(RoleType)).Description("The role new people get: CLIENT_MEMBER by default, AGENT for a staff link.");
        Field(input => input.AllowedDomains, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description("Only addresses at these domains (such as acme.com) may sign up; none means any address. At most 20.");
        Field(input => input.ExpiresAt, nullable: true).Description("After this the link takes no sign-ups; none means it does not expire.");
        Field(input => input.MaximumSignUps, nullable: true).Description("How many people may sign up through it; none means no limit.");
    }
}

public sealed class SignUpInputType : InputObjectGraphType<SignUp>
{
    public SignUpInputType()
    {
        Name = "SignUpInput";
        Field(input => input.Token).Description("The token from the portal link.");
        Field(input => input.Email).Description("The address to verify; a link limited to domains takes addresses at those only.");
        Field(input => input.Name);
        Field(input => input.Password).Description("At least 12 characters; no other rules, but common passwords are refused.");
    }
}

public sealed class PortalLinkType : ObjectGraphType<PortalLink>
{
    public PortalLinkType()
    {
        Name = "PortalLink";
        Description = "A link through which people sign themselves up, to one client's portal or to the MSP's staff.";
        Field(link => link.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(link => link.ClientId, type: typeof(IdGraphType)).Description("The client new people join; null for a staff sign-up link.");
        Field<ClientOrganisationType>("client").Resolve(context => context.Client(context.Source.ClientId));
        Field(link => link.Role, type: typeof(NonNullGraphType<RoleType>)).Description("The role new people get.");
        Field(link => link.AllowedDomains).Description("The e-mail domains that may sign up; empty means any.");
        Field(link => link.ExpiresAt, nullable: true);
        Field(link => link.MaximumSignUps, nullable: true);
        Field(link => link.SignUps).Description("How many people have signed up through it.");
        Field(link => link.CreatedAt);
        Field(link => link.CreatedBy, type: typeof(NonNullGraphType<IdGraphType>));
        Field<PersonType>("creator").Description("Who made it.").Resolve(context => context.Person(context.Source.CreatedBy));
        Field(link => link.RevokedAt, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("opens")
            .Description("Whether the link takes sign-ups now: neither revoked, expired nor used up.")
            .Resolve(context => context.Source.Opens(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
    }
}
