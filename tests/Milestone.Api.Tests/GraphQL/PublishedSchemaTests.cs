using GraphQL;

namespace Milestone.Api.Tests.GraphQL;

[Collection(Collections.GraphQL)]
public sealed class PublishedSchemaTests(MilestoneApp app)
{
    [Fact]
    public void Docs_schema_graphql_is_the_live_schema()
    {
        var live = app.Host.Services.GetRequiredService<MilestoneSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var published = File.ReadAllText(RepositoryFiles.PublishedSchema).ReplaceLineEndings("\n");

        Assert.True(
            live == published,
            $"docs/schema.graphql differs from the live schema. Regenerate it with: dotnet run --project src/Host -- graphql-schema --output \"$PWD/docs/schema.graphql\"\n\nLive schema:\n{live}");
    }
}
