namespace Milestone.Api.Tests.GraphQL;

public sealed class StaffOnlyIntrospectionApp : MilestoneApp
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("Milestone:GraphQL:Introspection", "SignedInStaff")];
}

/// <summary>Production's setting: the schema is described to signed-in staff only.</summary>
[Collection(Collections.StaffOnlyIntrospection)]
public sealed class IntrospectionTests(StaffOnlyIntrospectionApp app)
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    // Fifteen levels, like graphql-js's standard introspection query: a type, its fields' arguments, their types unwrapped.
    private const string FifteenLevelsOfIntrospection =
        "__type(name: \"Request\") { name fields { args { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }";

    [Fact]
    public async Task A_stranger_cannot_introspect()
    {
        var response = await app.Host.GraphQLAsync(Introspection, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
    }

    [Fact]
    public async Task A_client_user_cannot_introspect()
    {
        var member = await app.ClientUserAsync();

        var response = await app.Host.GraphQLAsync("{ __type(name: \"Request\") { name } }", signedIn: member, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
    }

    [Theory]
    [InlineData(Role.Agent)]
    [InlineData(Role.Admin)]
    public async Task Signed_in_staff_can_introspect(Role role)
    {
        var admin = await app.SharedAdministratorAsync();
        var staff = role == Role.Admin ? admin : await app.InvitedAndSignedInAsync(admin, role, null);

        var response = await app.Host.GraphQLAsync(Introspection, signedIn: staff);

        Assert.Equal("Query", response.Data("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_fifteen_levels_deep_is_exempt_from_the_depth_limit()
    {
        var admin = await app.SharedAdministratorAsync();

        var response = await app.Host.GraphQLAsync($"{{ __typename {FifteenLevelsOfIntrospection} }}", signedIn: admin);

        Assert.Equal("Request", response.Data("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_document_fifteen_levels_deep_that_asks_for_more_than_the_schema_is_refused()
    {
        var admin = await app.SharedAdministratorAsync();

        var response = await app.Host.GraphQLAsync($"{{ me {{ name }} {FifteenLevelsOfIntrospection} }}", signedIn: admin, expectedStatus: 400);

        var error = response.SingleError();
        Assert.Equal("BAD_REQUEST", error.Code());
        Assert.Contains("nested", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_that_lists_members_inside_members_is_limited_like_any_document()
    {
        var admin = await app.SharedAdministratorAsync();
        var multiplying = "{ __schema { types { fields { type { fields { type { fields { type { ofType { ofType { name } } } } } } } } } } }";

        var response = await app.Host.GraphQLAsync(multiplying, signedIn: admin, expectedStatus: 400);

        Assert.Equal("BAD_REQUEST", response.SingleError().Code());
    }

    [Fact]
    public async Task Asking_for_the_type_name_is_not_introspection()
    {
        var response = await app.Host.GraphQLAsync("{ __typename }");

        Assert.Equal("Query", response.Data("__typename").GetString());
    }
}
