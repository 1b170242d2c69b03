namespace Milestone.Api.People;

public sealed class RoleType() : EnumGraphType<Role>(description: "MSP staff: ADMIN, AGENT, TEAM_LEAD, ACCOUNT_MANAGER, EXECUTIVE. Client users: CLIENT_ADMIN, CLIENT_MEMBER.");

public sealed class PersonStatusType : EnumerationGraphType<PersonStatus>;

public sealed class PersonType : NodeGraphType<PersonAccount>
{
    public PersonType()
        : base("Person", "Someone who uses Milestone: MSP staff, or a user of one client.", person => person.Id)
    {
        Interface<ParticipantInterface>();
        Field(person => person.Email);
        Field(person => person.Name);
        Field(person => person.Role, type: typeof(NonNullGraphType<RoleType>));
        Field(person => person.ClientId, type: typeof(IdGraphType)).Description("The client organisation of a client user; null for staff.");
        Field<ClientOrganisationType>("client")
            .Description("The client organisation of a client user; null for staff.")
            .Resolve(context => context.Client(context.Source.ClientId));
        Field(person => person.Status, type: typeof(NonNullGraphType<PersonStatusType>));
        Field(person => person.TimeZone, nullable: true).Description("Their own time zone (IANA); null means their client's, or UTC for staff.");
        Field(person => person.TwoFactorEnabled).Description("Whether they sign in with a code from an authenticator app as well.");
        Field(person => person.InvitedAt);
        Field(person => person.InvitationExpiresAt).Description("Until when the current invitation link works.");
        Field(person => person.JoinedAt, nullable: true);
        Field(person => person.ClientScope, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("For staff limited to some clients, which; null means every client.");
        Field(person => person.LocationId, type: typeof(IdGraphType)).Description("For a client user, the client's location they work at; null: none in particular.");
        Field<Locations.LocationType>("location").Resolve(context => context.Location(context.Source.LocationId));
        Field(person => person.LocationScope, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("For a client admin limited to some of the client's locations, which; null means all of them.");
    }
}

/// <summary>What every link to a person shows, whoever the caller is (decision 0035).</summary>
public sealed class ParticipantInterface : InterfaceGraphType
{
    public ParticipantInterface()
    {
        Name = "Participant";
        Description = "Someone another object names: a request's submitter or assignee, a message's author, who did something. "
            + "A Person when the caller may see them in full; for client users, the MSP's staff are a StaffMember, a name and no more.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("name");
    }
}

public sealed class StaffMemberType : ObjectGraphType<StaffMember>
{
    public StaffMemberType()
    {
        Name = "StaffMember";
        Description = "Someone of the MSP's staff as a client user meets them through a link: the name to put to a reply or an assignment.";
        Interface<ParticipantInterface>();
        Field(staff => staff.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(staff => staff.Name);
    }
}

public sealed record InvitePersonInput(string Email, string Name, Role Role, string? ClientId);

public sealed class InvitePersonInputType : InputObjectGraphType<InvitePersonInput>
{
    public InvitePersonInputType()
    {
        Name = "InvitePersonInput";
        Field(input => input.Email);
        Field(input => input.Name);
        Field(input => input.Role, type: typeof(NonNullGraphType<RoleType>));
        Field(input => input.ClientId, type: typeof(IdGraphType)).Description("The client organisation, for client roles. A client admin may leave it out.");
    }
}

public sealed class AcceptInvitationInputType : InputObjectGraphType<AcceptInvitationByLink>
{
    public AcceptInvitationInputType()
    {
        Name = "AcceptInvitationInput";
        Field(input => input.Token).Description("The token from the invitation link.");
        Field(input => input.Password).Description("At least 12 characters; no other rules, but common passwords are refused.");
    }
}
