namespace Milestone.Api.Tests.Requests;

/// <summary>What the paging tests read off a page of the requests connection.</summary>
public static class RequestPages
{
    public static string[] Titles(JsonElement page) =>
        [.. page.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("node").GetProperty("title").GetString()!)];

    public static string EndCursor(JsonElement page) => page.GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
}
