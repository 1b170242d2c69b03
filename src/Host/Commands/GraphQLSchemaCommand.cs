using GraphQL;

namespace Milestone.Host.Commands;

public sealed class GraphQLSchemaInput : NetCoreInput
{
    [Description("Where to write the SDL; prints it to standard output when omitted.")]
    [FlagAlias("output", 'o')]
    public string OutputFlag { get; set; } = string.Empty;
}

[Description("Prints the GraphQL schema as SDL, or writes it to a file (docs/schema.graphql is the published copy).", Name = "graphql-schema")]
public sealed class GraphQLSchemaCommand : MilestoneCommand<GraphQLSchemaInput>
{
    protected override async Task<bool> RunAsync(GraphQLSchemaInput input)
    {
        using var host = input.BuildHost();
        var sdl = host.Services.GetRequiredService<MilestoneSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (string.IsNullOrEmpty(input.OutputFlag))
        {
            await Console.Out.WriteAsync(sdl);
        }
        else
        {
            // Written beside and moved over, so a reader of the published copy never sees it half-written.
            var written = input.OutputFlag + ".writing";
            await File.WriteAllTextAsync(written, sdl);
            File.Move(written, input.OutputFlag, overwrite: true);
            Console.WriteLine($"Wrote the GraphQL schema to {Path.GetFullPath(input.OutputFlag)}");
        }

        return true;
    }
}
