namespace Milestone.Api.Jira;

/// <summary>Plain text as Atlassian Document Format, which REST v3 requires for descriptions.</summary>
public static class JiraDocument
{
    public static object Of(string text) => new
    {
        type = "doc",
        version = 1,
        content = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(paragraph => new { type = "paragraph", content = new[] { new { type = "text", text = paragraph } } })
            .ToArray(),
    };
}
