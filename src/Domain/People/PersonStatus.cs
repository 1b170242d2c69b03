namespace Milestone.Domain.People;

/// <summary>Invited people and people who signed up become active by following the link e-mailed to them.</summary>
public enum PersonStatus
{
    Invited,
    PendingVerification,
    Active,
    Deactivated,
}
