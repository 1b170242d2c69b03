namespace Milestone.Domain.Sla;

/// <summary>Whose clock a policy's working hours follow.</summary>
public enum TimeZoneSource
{
    /// <summary>The zone written in the business calendar: usually the MSP's own office.</summary>
    Calendar,

    /// <summary>The client's zone, so "09:00–17:00" means the client's office hours.</summary>
    Client,
}
