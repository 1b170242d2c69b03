namespace Milestone.Api.GraphQL;

/// <summary>Limits on what one HTTP call may ask for, checked before any resolver runs.</summary>
public static class DocumentLimits
{
    public const int MaxDepth = 10;
    public const int MaxAliases = 30;
    public const int MaxRootFields = 20;
    public const int MaxOperationsPerBatch = 5;
    public const int MaxBodyBytes = 1_048_576;
    public const int MaxLineLength = 8_192;
    public const int MaxSpreadSelections = 2_000;
}
