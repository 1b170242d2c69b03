namespace Milestone.Api.Tests.Teams;

/// <summary>The team documents the tests send, as an administrator's client would.</summary>
public static class TeamScenes
{
    public const string Team = "id name streamVersion lead { id name } members { id name }";

    public const string Create = $"mutation($name: String!) {{ createTeam(name: $name) {{ {Team} }} }}";

    public const string Rename = $"mutation($teamId: ID!, $version: Int!, $name: String!) {{ renameTeam(teamId: $teamId, version: $version, name: $name) {{ {Team} }} }}";

    public const string Add = $"mutation($teamId: ID!, $personId: ID!) {{ addTeamMember(teamId: $teamId, personId: $personId) {{ {Team} }} }}";

    public const string Remove = $"mutation($teamId: ID!, $personId: ID!) {{ removeTeamMember(teamId: $teamId, personId: $personId) {{ {Team} }} }}";

    public const string Lead = $"mutation($teamId: ID!, $personId: ID) {{ chooseTeamLead(teamId: $teamId, personId: $personId) {{ {Team} }} }}";
}
