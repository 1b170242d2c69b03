namespace Milestone.Api.Teams;

/// <summary>
/// Teams are the MSP's own arrangement: staff read them, administrators form and change them (the team decides
/// that, before it looks at any person named).
/// </summary>
public static class TeamFields
{
    public static void AddTeamQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamType>>>>("teams").ListSize(20)
            .Description("Every team, by name. Staff only.")
            .PermittedTo(caller => caller.IsStaff, "read teams")
            .ResolveAsync(async context =>
            {
                await using var session = context.OpenQuerySession();
                return (await session.Query<Team>().ToListAsync(context.CancellationToken)).OrderBy(team => team.Name, StringComparer.OrdinalIgnoreCase).ToList();
            });

        query.Field<TeamType>("team")
            .Description("One team; NOT_FOUND when there is none. Staff only.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .PermittedTo(caller => caller.IsStaff, "read teams")
            .ResolveAsync(async context => await ExistingAsync(context));
    }

    public static void AddTeamMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<TeamType>>("createTeam")
            .Description("Form a team. Administrators only.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(context => context.ChangedAsync((CreateTeam command) => context.LoadAsync<Team>(command.TeamId)));

        mutation.Field<NonNullGraphType<TeamType>>("renameTeam")
            .Description("Give a team another name. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IntGraphType>>("version", argument => argument.Description = "The streamVersion you last read; CONFLICT if it moved on.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(context => context.ChangedAsync((RenameTeam command) => context.LoadAsync<Team>(command.TeamId)));

        mutation.Field<NonNullGraphType<TeamType>>("addTeamMember")
            .Description("An agent or team lead joins the team: their work counts for it from now on. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(context => context.ChangedAsync((AddTeamMember command) => context.LoadAsync<Team>(command.TeamId)));

        mutation.Field<NonNullGraphType<TeamType>>("removeTeamMember")
            .Description("Someone leaves the team: their work no longer counts for it from now on, and a leaving lead leaves it without one. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(context => context.ChangedAsync((RemoveTeamMember command) => context.LoadAsync<Team>(command.TeamId)));

        mutation.Field<NonNullGraphType<TeamType>>("chooseTeamLead")
            .Description("Put a member with the TEAM_LEAD role in charge of the team; no personId leaves it without a lead. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("teamId")
            .Argument<IdGraphType>("personId")
            .ResolveAsync(context => context.ChangedAsync((ChooseTeamLead command) => context.LoadAsync<Team>(command.TeamId)));
    }


    private static async Task<Team> ExistingAsync(IResolveFieldContext context)
    {
        await using var session = context.OpenQuerySession();
        return context.GuidArgument("id") is { } id && await session.LoadAsync<Team>(id, context.CancellationToken) is { } team
            ? team
            : throw Refusals.NotFound("team");
    }
}
