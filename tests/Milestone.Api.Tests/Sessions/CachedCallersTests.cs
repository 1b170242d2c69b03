namespace Milestone.Api.Tests.Sessions;

/// <summary>
/// A node keeps the callers it has authenticated (decision 0043); what ends or changes one takes effect on the
/// next call all the same. Across nodes: <see cref="Cluster.ProjectionDistributionTests"/>.
/// </summary>
[Collection(Collections.Sessions)]
public sealed class CachedCallersTests(MilestoneApp app)
{
    private const string Typename = "{ __typename }";

    [Fact]
    public async Task A_caller_this_node_already_knows_is_authenticated_without_reading_the_store()
    {
        var person = await app.ClientUserAsync();
        await app.Host.GraphQLCountingSqlAsync(Typename, variables: null, person);

        var (known, commands) = await app.Host.GraphQLCountingSqlAsync(Typename, variables: null, person);

        Assert.Equal("Query", known.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(0, commands);
    }

    [Fact]
    public async Task A_known_caller_whose_person_is_deactivated_is_refused_on_the_next_call()
    {
        var admin = await app.SharedAdministratorAsync();
        var person = await app.ClientUserAsync();
        await app.Host.GraphQLCountingSqlAsync(Typename, variables: null, person);

        (await app.Host.GraphQLAsync("mutation($id: ID!) { deactivatePerson(personId: $id) { id } }", new { id = person.PersonId }, admin)).Data("deactivatePerson");
        var (refused, commands) = await app.Host.GraphQLCountingSqlAsync("{ me { id } }", variables: null, person);

        Assert.Equal("UNAUTHENTICATED", refused.SingleError().Code());
        Assert.Equal(1, commands);
    }
}
