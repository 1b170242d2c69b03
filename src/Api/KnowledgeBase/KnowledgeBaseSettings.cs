namespace Milestone.Api.KnowledgeBase;

/// <summary>Bound from <c>Milestone:KnowledgeBase</c>.</summary>
public sealed class KnowledgeBaseSettings
{
    public const string Section = "Milestone:KnowledgeBase";

    /// <summary>The PostgreSQL text search configuration articles are stemmed with (english, german, french, simple, …).</summary>
    public string SearchLanguage { get; set; } = "english";
}
