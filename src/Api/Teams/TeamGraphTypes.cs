namespace Milestone.Api.Teams;

public sealed class TeamType : NodeGraphType<Team>
{
    public TeamType()
        : base("Team", "Agents grouped for performance figures (insights.teams), with at most one lead.", team => team.Id)
    {
        Field(team => team.Name);
        Field("streamVersion", team => team.Version).Description("The version to send back with renameTeam, for optimistic concurrency.");
        Field<PersonType>("lead")
            .Description("The member who leads the team; null when it has none.")
            .Resolve(context => context.Person(context.Source.LeadId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("members").ListSize(15)
            .Description("Its members now, by name.")
            .Resolve(context => context.People(context.Source.Members).Then(members => members.OrderBy(person => person.Name).ToList()));
    }
}
