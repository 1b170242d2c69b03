namespace Milestone.Domain.Requests;

public static class RequestRules
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 20_000;
}
