using GraphQL;

namespace Milestone.Host.Commands;

public sealed class GraphQLSchemaInput : NetCoreInput
{
    [Description("Where to write the SDL; prints it to standard output when omitted.")]
    [FlagAlias("output", 'o')]
    public string OutputFlag { get; set; } = string.Empty;
}

[Description("Prints the GraphQL schema as SDL, or writes it to a file (docs/schema.graphql is the published copy).", Name = "graphql-schema")]
public sealed class GraphQLSchemaCommand : JasperFxAsyncCommand<GraphQLSchemaInput>
{
    public override async Task<bool> Execute(GraphQLSchemaInput input)
    {
        using var host = input.BuildHost();
        var sdl = host.Services.GetRequiredService<MilestoneSchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        if (string.IsNullOrEmpty(input.OutputFlag))
        {
            await Console.Out.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(input.OutputFlag, sdl);
            Console.WriteLine($"Wrote the GraphQL schema to {Path.GetFullPath(input.OutputFlag)}");
        }

        return true;
    }
}
