namespace Milestone.Domain.People;

public enum PersonStatus
{
    Invited,
    Active,
    Deactivated,
}
