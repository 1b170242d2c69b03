namespace Milestone.Domain.Teams;

/// <summary>
/// A team of agents with, at most, one lead; one stream per team. Membership has a start and an end in time, so
/// team figures count each member's work only while they belonged (docs/insights.md). An agent may belong to more
/// than one team.
/// </summary>
public sealed record Team(Guid Id, string Name, IReadOnlyList<Guid> Members, Guid? LeadId)
{
    public const int NameMaxLength = 200;

    public int Version { get; set; }

    public static Team? Evolve(Team? state, object @event) => @event switch
    {
        TeamCreated created => new Team(created.TeamId, created.Name, [], null),
        TeamRenamed renamed => state! with { Name = renamed.Name },
        TeamMemberAdded added => state! with { Members = [.. state.Members, added.PersonId] },
        TeamMemberRemoved removed => state! with
        {
            Members = [.. state.Members.Where(member => member != removed.PersonId)],
            LeadId = state.LeadId == removed.PersonId ? null : state.LeadId,
        },
        TeamLeadChosen chosen => state! with { LeadId = chosen.LeadId },
        _ => state,
    };

    public static TeamCreated Create(Guid teamId, string name, Actor actor, DateTimeOffset now)
    {
        RequireAdmin(actor);
        return new TeamCreated(teamId, RequireName(name), actor.PersonId, now);
    }

    public IEnumerable<object> Rename(string name, Actor actor, DateTimeOffset now)
    {
        RequireAdmin(actor);
        var valid = RequireName(name);
        return valid == Name ? [] : [new TeamRenamed(Id, valid, actor.PersonId, now)];
    }

    /// <summary>Agents and team leads take requests, so they are who teams are made of.</summary>
    public IEnumerable<object> AddMember(TeamCandidate? candidate, Actor actor, DateTimeOffset now)
    {
        RequireAdmin(actor);
        var person = candidate ?? throw NoSuchPerson();
        if (Members.Contains(person.PersonId))
        {
            return [];
        }

        if (person.Role is not (Role.Agent or Role.TeamLead))
        {
            throw new CommandRejected(Rejection.Invalid, "Only agents and team leads join teams.", "personId");
        }

        RequireActive(person);
        return [new TeamMemberAdded(Id, person.PersonId, actor.PersonId, now)];
    }

    public IEnumerable<object> RemoveMember(Guid personId, Actor actor, DateTimeOffset now)
    {
        RequireAdmin(actor);
        return Members.Contains(personId) ? [new TeamMemberRemoved(Id, personId, actor.PersonId, now)] : [];
    }

    /// <summary>
    /// The lead is one of the team's members with the team lead role; no person leaves the team without one.
    /// A person named but not found is refused, never taken as "no lead".
    /// </summary>
    public IEnumerable<object> ChooseLead(Guid? personId, TeamCandidate? candidate, Actor actor, DateTimeOffset now)
    {
        RequireAdmin(actor);
        var lead = personId is null ? null : candidate ?? throw NoSuchPerson();
        if (lead?.PersonId == LeadId)
        {
            return [];
        }

        if (lead is not null)
        {
            if (lead.Role != Role.TeamLead)
            {
                throw new CommandRejected(Rejection.Invalid, "A team is led by someone with the team lead role.", "personId");
            }

            if (!Members.Contains(lead.PersonId))
            {
                throw new CommandRejected(Rejection.Invalid, "Add the team lead to the team first.", "personId");
            }

            RequireActive(lead);
        }

        return [new TeamLeadChosen(Id, lead?.PersonId, actor.PersonId, now)];
    }

    private static void RequireAdmin(Actor actor)
    {
        if (!actor.Role.MayManageTeams())
        {
            throw new CommandRejected(Rejection.Forbidden, "Only administrators form and change teams.");
        }
    }

    public static CommandRejected NoSuchPerson() => new(Rejection.NotFound, "There is no such person.", "personId");

    private static void RequireActive(TeamCandidate person)
    {
        if (person.Status == PersonStatus.Deactivated)
        {
            throw new CommandRejected(Rejection.Conflict, "This person has been deactivated.", "personId");
        }
    }

    private static string RequireName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= NameMaxLength
            ? trimmed
            : throw new CommandRejected(Rejection.Invalid, $"A team name takes 1 to {NameMaxLength} characters.", "name");
    }
}
