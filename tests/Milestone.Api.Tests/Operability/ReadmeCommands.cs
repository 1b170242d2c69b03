namespace Milestone.Api.Tests.Operability;

/// <summary>The shell commands of some sections of README.md, in the order a reader meets them.</summary>
public static class ReadmeCommands
{
    /// <summary>
    /// A command block is a run of lines indented four spaces (blank lines inside it included); each line of a block is
    /// a command of its own, except that a line ending in a backslash goes on in the next.
    /// </summary>
    public static IReadOnlyList<string> In(string markdown, params string[] sections)
    {
        var commands = new List<string>();
        var section = "";
        var continuing = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                continue;
            }

            if (!sections.Contains(section) || !line.StartsWith("    ", StringComparison.Ordinal) || line.Trim().Length == 0)
            {
                continuing = false;
                continue;
            }

            var command = line[4..];
            if (continuing)
            {
                commands[^1] += "\n" + command;
            }
            else
            {
                commands.Add(command);
            }

            continuing = command.TrimEnd().EndsWith('\\');
        }

        return commands;
    }
}
