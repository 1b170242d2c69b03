namespace Milestone.Domain.Requests;

public enum Urgency
{
    Low,
    Normal,
    High,
    Critical,
}
