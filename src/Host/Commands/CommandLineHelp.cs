using System.Reflection;

namespace Milestone.Host.Commands;

/// <summary>
/// <c>help</c>: Milestone's own commands, one line each, then the framework's commands an operator needs. It is written
/// before anything starts, so it answers with the database down or the service running. The framework's other commands
/// (JasperFx, Marten, Wolverine) still run when named; <c>help &lt;command&gt;</c> shows any command's flags.
/// </summary>
public static class CommandLineHelp
{
    private static readonly (string Name, string Description)[] FrameworkCommands =
    [
        ("db-apply", "Creates or updates the database schema."),
        ("db-assert", "Fails if the database schema is out of date."),
        ("db-patch", "Writes the SQL that would bring the database schema up to date, and its rollback."),
        ("codegen", "Pre-generates handler code for production ('codegen write')."),
        ("describe", "Describes what the host is made of, with secrets in settings redacted."),
    ];

    public static bool IsFor(string[] args) => args is ["help"] or ["--help"] or ["-h"] or ["-?"];

    public static void Write(TextWriter output)
    {
        var own = typeof(CommandLineHelp).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false } && typeof(IJasperFxCommand).IsAssignableFrom(type))
            .Select(type => type.GetCustomAttribute<DescriptionAttribute>())
            .OfType<DescriptionAttribute>()
            .Select(description => (Name: description.Name!, description.Description))
            .Append((Name: "projections", Description: "Lists projections, where each stands and which node runs it; 'projections rebuild NAME' rebuilds one from the events."))
            .OrderBy(command => command.Name, StringComparer.Ordinal)
            .ToList();
        var width = own.Concat(FrameworkCommands).Max(command => command.Name.Length) + 2;

        output.WriteLine("Usage: dotnet run --project src/Host -- <command> [arguments] [flags]   (help <command> for its flags)");
        output.WriteLine();
        output.WriteLine("Milestone's commands:");
        foreach (var (name, description) in own)
        {
            output.WriteLine($"  {name.PadRight(width)}{description}");
        }

        output.WriteLine();
        output.WriteLine("Database and build:");
        foreach (var (name, description) in FrameworkCommands)
        {
            output.WriteLine($"  {name.PadRight(width)}{description}");
        }
    }
}
