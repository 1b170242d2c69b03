using FluentValidation;
using FluentValidation.Results;
using Marten.Linq.MatchesSql;
using Milestone.Projections;

namespace Milestone.Api.Requests;

/// <summary>Filtering, ordering and keyset paging of the requests a caller may see: the Unified Queue, My Work and the portal lists.</summary>
public static class RequestQueue
{
    /// <summary>Longer than any search a person types; far longer ones cost the full-text search more than they can find.</summary>
    public const int SearchMaxLength = 500;

    public static IQueryable<RequestDetails> Filtered(this IQueryable<RequestDetails> visible, RequestFilter? filter)
    {
        RequireShortEnough(filter?.Search, "search", SearchMaxLength);
        RequireShortEnough(filter?.Category, "category", Request.CategoryMaxLength);
        var matching = visible;
        if (filter?.Status is { Length: > 0 } statuses)
        {
            matching = matching.Where(request => statuses.Contains(request.Status));
        }

        if (filter?.Urgency is { Length: > 0 } urgencies)
        {
            matching = matching.Where(request => urgencies.Contains(request.Urgency));
        }

        if (filter?.ClientIds is { Length: > 0 } clients)
        {
            var clientIds = clients.Select(id => Guid.TryParse(id, out var clientId) ? clientId : Guid.Empty).ToArray();
            matching = matching.Where(request => clientIds.Contains(request.ClientId));
        }

        if (filter?.LocationIds is { Length: > 0 } locations)
        {
            Guid?[] locationIds = [.. locations.Select(id => (Guid?)(Guid.TryParse(id, out var locationId) ? locationId : Guid.Empty))];
            matching = matching.Where(request => request.LocationId.IsOneOf(locationIds));
        }

        if (filter?.AssetId is { } asset)
        {
            var assetId = Guid.TryParse(asset, out var named) ? named : Guid.Empty;
            matching = matching.Where(request => request.AssetIds.Contains(assetId));
        }

        if (filter?.AssigneeId is { } assignee)
        {
            var assigneeId = Guid.TryParse(assignee, out var parsed) ? parsed : Guid.Empty;
            matching = matching.Where(request => request.AssigneeId == assigneeId);
        }

        if (filter?.Unassigned == true)
        {
            matching = matching.Where(request => request.AssigneeId == null);
        }

        if (filter?.Category is { Length: > 0 } category)
        {
            matching = matching.Where(request => request.Category == category);
        }

        if (filter?.SlaState is { Length: > 0 } slaStates)
        {
            var standings = slaStates.Select(state => state.ToString()).ToArray();
            matching = matching.Where(request => request.MatchesSql(
                $"exists (select 1 from {Storage.SlaClockTable} clock where clock.request_id = d.id and clock.standing = any(?))", new object[] { standings }));
        }

        if (filter?.Search is { } search && !string.IsNullOrWhiteSpace(search))
        {
            matching = matching.Where(request => request.WebStyleSearch(search));
        }

        return matching;
    }

    private static void RequireShortEnough(string? text, string field, int maxLength)
    {
        if (text?.Length > maxLength)
        {
            throw new ValidationException([new ValidationFailure(field, $"At most {maxLength} characters.")]);
        }
    }

    public static IQueryable<RequestDetails> After(this IQueryable<RequestDetails> matching, RequestCursor? cursor) => Past(matching, cursor, forwards: true);

    /// <summary>The requests before the cursor in the sort order: <see cref="After"/> mirrored, for paging backwards.</summary>
    public static IQueryable<RequestDetails> Before(this IQueryable<RequestDetails> matching, RequestCursor? cursor) => Past(matching, cursor, forwards: false);

    /// <summary>The requests past the cursor's row, going <paramref name="forwards"/> in the cursor's sort order or back against it.</summary>
    private static IQueryable<RequestDetails> Past(IQueryable<RequestDetails> matching, RequestCursor? cursor, bool forwards)
    {
        if (cursor is null)
        {
            return matching;
        }

        var (key, value, descending) = cursor.Sort switch
        {
            RequestSort.RecentlyUpdated => ("d.last_changed_at", FromUnixMicroseconds(cursor.Key), true),
            RequestSort.MostUrgent => ("d.urgency_rank", (int)cursor.Key, true),
            RequestSort.SlaDue => (SlaDueKey, cursor.Key, false),
            _ => ((string?)null, (object?)null, true),
        };
        var past = descending == forwards ? "<" : ">";
        var sql = key is null ? $"d.id {past} ?" : $"({key}, d.id) {past} (?, ?)";
        object[] values = key is null ? [cursor.Id] : [value!, cursor.Id];
        return matching.Where(request => request.MatchesSql(sql, values));
    }

    /// <summary>The sort order turned round, so that taking the first rows takes the last ones of a backward page.</summary>
    public static IQueryable<RequestDetails> OrderedBackwards(this IQueryable<RequestDetails> matching, RequestSort sort) => sort switch
    {
        RequestSort.RecentlyUpdated => matching.OrderBy(request => request.LastChangedAt).ThenBy(request => request.Id),
        RequestSort.MostUrgent => matching.OrderBy(request => request.UrgencyRank).ThenBy(request => request.Id),
        RequestSort.SlaDue => matching.OrderBySql($"{SlaDueKey} desc, d.id desc"),
        _ => matching.OrderBy(request => request.Id),
    };

    public static IQueryable<RequestDetails> Ordered(this IQueryable<RequestDetails> matching, RequestSort sort) => sort switch
    {
        RequestSort.RecentlyUpdated => matching.OrderByDescending(request => request.LastChangedAt).ThenByDescending(request => request.Id),
        RequestSort.MostUrgent => matching.OrderByDescending(request => request.UrgencyRank).ThenByDescending(request => request.Id),
        RequestSort.SlaDue => matching.OrderBySql($"{SlaDueKey}, d.id"),
        _ => matching.OrderByDescending(request => request.Id),
    };

    public static RequestCursor CursorOf(RequestDetails request, RequestSort sort, DateTimeOffset? slaDueAt) => new(
        sort,
        sort switch
        {
            RequestSort.RecentlyUpdated => UnixMicroseconds(request.LastChangedAt),
            RequestSort.MostUrgent => request.UrgencyRank,
            RequestSort.SlaDue => slaDueAt?.ToUnixTimeMilliseconds() ?? NoSlaDue,
            _ => 0,
        },
        request.Id);

    /// <summary>
    /// A change's time as PostgreSQL keeps it, to the microsecond: a key cut to the millisecond would sit before
    /// its own row, which a backward page would then show again.
    /// </summary>
    private static long UnixMicroseconds(DateTimeOffset at) => (at - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;

    private static DateTimeOffset FromUnixMicroseconds(long microseconds) => DateTimeOffset.UnixEpoch.AddTicks(microseconds * TimeSpan.TicksPerMicrosecond);

    /// <summary>Requests with no running SLA target sort after every due time.</summary>
    private const long NoSlaDue = long.MaxValue;

    /// <summary>A request's soonest SLA due time in Unix milliseconds, for ordering and keyset paging alike.</summary>
    private static readonly string SlaDueKey =
        $"coalesce((select (extract(epoch from clock.next_due_at) * 1000)::bigint from {Storage.SlaClockTable} clock where clock.request_id = d.id), {NoSlaDue})";
}
