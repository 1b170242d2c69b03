using GraphQL;
using GraphQL.Types;
using Marten;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Domain.People;
using Milestone.Domain.Teams;
using Wolverine;

namespace Milestone.Api.Teams;

/// <summary>
/// Teams are the MSP's own arrangement: staff read them, administrators form and change them. The role is checked
/// before any id is looked at, so a refusal says nothing about what exists.
/// </summary>
public static class TeamFields
{
    public static void AddTeamQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamType>>>>("teams").ListSize(20)
            .Description("Every team, by name. Staff only.")
            .ResolveAsync(async context =>
            {
                RequireStaff(context.Caller());
                await using var session = context.OpenQuerySession();
                return (await session.Query<Team>().ToListAsync(context.CancellationToken)).OrderBy(team => team.Name, StringComparer.OrdinalIgnoreCase).ToList();
            });

        query.Field<TeamType>("team")
            .Description("One team; NOT_FOUND when there is none. Staff only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async context =>
            {
                RequireStaff(context.Caller());
                return await ExistingAsync(context, "id");
            });
    }

    public static void AddTeamMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TeamType>>("createTeam")
            .Description("Form a team. Administrators only.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context =>
            {
                var caller = Administrator(context);
                var teamId = Guid.CreateVersion7(context.Now());
                await context.Service<IMessageBus>().InvokeAsync(new CreateTeam(teamId, context.GetArgument<string>("name"), caller.AsActor()), context.CancellationToken);
                return await LoadAsync(context, teamId);
            });

        mutation.Field<NonNullGraphType<TeamType>>("renameTeam")
            .Description("Give a team another name. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async context =>
            {
                var caller = Administrator(context);
                var team = await ExistingAsync(context, "teamId");
                await context.Service<IMessageBus>().InvokeAsync(
                    new RenameTeam(team.Id, context.GetArgument<int>("version"), context.GetArgument<string>("name"), caller.AsActor()), context.CancellationToken);
                return await LoadAsync(context, team.Id);
            });

        mutation.Field<NonNullGraphType<TeamType>>("addTeamMember")
            .Description("An agent or team lead joins the team: their work counts for it from now on. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(async context =>
            {
                var caller = Administrator(context);
                var team = await ExistingAsync(context, "teamId");
                var personId = await PersonAsync(context, caller);
                await context.Service<IMessageBus>().InvokeAsync(new AddTeamMember(team.Id, personId, caller.AsActor()), context.CancellationToken);
                return await LoadAsync(context, team.Id);
            });

        mutation.Field<NonNullGraphType<TeamType>>("removeTeamMember")
            .Description("Someone leaves the team: their work no longer counts for it from now on, and a leaving lead leaves it without one. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(async context =>
            {
                var caller = Administrator(context);
                var team = await ExistingAsync(context, "teamId");
                var personId = await PersonAsync(context, caller);
                await context.Service<IMessageBus>().InvokeAsync(new RemoveTeamMember(team.Id, personId, caller.AsActor()), context.CancellationToken);
                return await LoadAsync(context, team.Id);
            });

        mutation.Field<NonNullGraphType<TeamType>>("chooseTeamLead")
            .Description("Put a member with the TEAM_LEAD role in charge of the team; no personId leaves it without a lead. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<IdGraphType>("personId")
            .ResolveAsync(async context =>
            {
                var caller = Administrator(context);
                var team = await ExistingAsync(context, "teamId");
                var personId = context.GetArgument<string?>("personId") is null ? (Guid?)null : await PersonAsync(context, caller);
                await context.Service<IMessageBus>().InvokeAsync(new ChooseTeamLead(team.Id, personId, caller.AsActor()), context.CancellationToken);
                return await LoadAsync(context, team.Id);
            });
    }

    private static void RequireStaff(Caller caller)
    {
        if (!caller.IsStaff)
        {
            throw Refusals.Forbidden("read teams");
        }
    }

    private static Caller Administrator(IResolveFieldContext context)
    {
        var caller = context.Caller();
        return caller.Role.MayManageTeams() ? caller : throw Refusals.Forbidden("form or change teams");
    }

    private static async Task<Team> ExistingAsync(IResolveFieldContext context, string argument)
    {
        await using var session = context.OpenQuerySession();
        return context.GuidArgument(argument) is { } id && await session.LoadAsync<Team>(id, context.CancellationToken) is { } team
            ? team
            : throw Refusals.NotFound("team");
    }

    private static async Task<Guid> PersonAsync(IResolveFieldContext context, Caller caller)
    {
        await using var session = context.OpenQuerySession();
        return context.GuidArgument("personId") is { } id && await session.PeopleVisibleTo(caller).AnyAsync(person => person.Id == id, context.CancellationToken)
            ? id
            : throw Refusals.NotFound("person");
    }

    private static async Task<Team> LoadAsync(IResolveFieldContext context, Guid teamId)
    {
        await using var session = context.OpenQuerySession();
        return (await session.LoadAsync<Team>(teamId, context.CancellationToken))!;
    }
}
