using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.People;
using Milestone.Domain.Teams;
using Milestone.Projections.People;

namespace Milestone.Api.Teams;

public sealed class TeamType : ObjectGraphType<Team>
{
    public TeamType()
    {
        Name = "Team";
        Description = "Agents grouped for performance figures (insights.teams), with at most one lead.";
        Field(team => team.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(team => team.Name);
        Field("streamVersion", team => team.Version).Description("The version to send back with renameTeam, for optimistic concurrency.");
        Field<PersonType>("lead")
            .Description("The member who leads the team; null when it has none.")
            .ResolveAsync(async context =>
            {
                if (context.Source.LeadId is not { } leadId)
                {
                    return null;
                }

                await using var session = context.OpenQuerySession();
                return await session.LoadAsync<PersonAccount>(leadId, context.CancellationToken);
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("members").ListSize(15)
            .Description("Its members now, by name.")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return (await session.LoadManyAsync<PersonAccount>(context.CancellationToken, context.Source.Members)).OrderBy(person => person.Name).ToList();
            });
    }
}
