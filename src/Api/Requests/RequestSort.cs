namespace Milestone.Api.Requests;

public enum RequestSort
{
    Newest,
    RecentlyUpdated,
    MostUrgent,
    SlaDue,
}

public sealed class RequestSortType() : EnumGraphType<RequestSort>(description: "NEWEST: by submission, newest first. RECENTLY_UPDATED: by last change. MOST_URGENT: critical first, then newest. SLA_DUE: the soonest SLA due time first; requests with no clock running last.");
