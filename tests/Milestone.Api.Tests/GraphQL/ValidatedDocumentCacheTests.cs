namespace Milestone.Api.Tests.GraphQL;

/// <summary>
/// A document that passed validation once is kept, but whatever depends on the call is checked on every call:
/// who asks, over which transport, and with which variables.
/// </summary>
[Collection(Collections.StaffOnlyIntrospection)]
public sealed class ValidatedDocumentCacheTests(StaffOnlyIntrospectionApp app)
{
    [Fact]
    public async Task A_document_a_staff_member_could_introspect_with_is_still_refused_to_a_client_user()
    {
        const string introspection = "{ __schema { mutationType { name } } }";
        var admin = await app.SharedAdministratorAsync();
        var member = await app.ClientUserAsync();
        await app.Host.GraphQLAsync(introspection, signedIn: admin);

        var response = await app.Host.GraphQLAsync(introspection, signedIn: member, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
    }

    [Fact]
    public async Task A_document_that_was_cheap_with_some_variables_is_refused_when_others_make_it_cost_too_much()
    {
        const string page = """
            query Page($first: Int!) {
              requests(first: $first) {
                edges { node { id title workItems { id title } attachments { id fileName } } }
              }
            }
            """;
        var admin = await app.SharedAdministratorAsync();
        (await app.Host.GraphQLAsync(page, new { first = 5 }, signedIn: admin)).Data("requests");

        var response = await app.Host.GraphQLAsync(page, new { first = 100 }, signedIn: admin, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
        Assert.Contains("complexity", response.SingleError().GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_mutation_accepted_over_post_is_still_refused_over_get()
    {
        const string mutation = "mutation { signOut }";
        var member = await app.ClientUserAsync();
        await app.Host.GraphQLAsync(mutation, signedIn: member);

        var response = await app.Host.GetAsync(mutation);

        Assert.Equal(405, response.Status);
    }
}
