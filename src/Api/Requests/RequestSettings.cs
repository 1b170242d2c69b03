namespace Milestone.Api.Requests;

/// <summary>Bound from <c>Milestone:Requests</c>.</summary>
public sealed class RequestSettings
{
    public const string Section = "Milestone:Requests";

    /// <summary>How long after completion a client may still reopen a request; staff may at any time.</summary>
    public TimeSpan ClientReopenWindow { get; set; } = TimeSpan.FromDays(7);
}
