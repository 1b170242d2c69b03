namespace Milestone.Api.Jira;

/// <summary>
/// Pull Milestone's issues changed in Jira since the last run, with their worklogs, through the same
/// inbound path as webhooks, so a missed webhook heals within <see cref="JiraSettings.ReconcileEvery"/>.
/// A scheduled run carries the <see cref="Tick"/> it was scheduled for and schedules the next; one whose
/// tick has passed (a second chain after a restart) does nothing. A run without a tick is on demand.
/// </summary>
public sealed record ReconcileJira(int? Tick) : IJiraCall;

/// <summary>Where the reconciliation chain stands.</summary>
public sealed record JiraReconciliation(string Id, int Tick, DateTimeOffset? LastRunAt)
{
    public const string Key = "jira";
}

public static class ReconcileJiraHandler
{
    public static async Task<OutgoingMessages> Handle(
        ReconcileJira command, IDocumentSession session, JiraClient jira, IOptions<JiraSettings> options, TimeProvider time, CancellationToken cancellation)
    {
        var settings = options.Value;
        var state = await session.LoadAsync<JiraReconciliation>(JiraReconciliation.Key, cancellation) ?? new JiraReconciliation(JiraReconciliation.Key, 0, null);
        if (command.Tick is { } tick && tick != state.Tick)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var connection = await session.LoadAsync<JiraConnection>(JiraConnection.Key, cancellation);
        var found = connection is null ? [] : await command.OrWhenThrottledAsync(() => ChangedSinceAsync(connection, state, settings, now, session, jira, cancellation));
        if (found.Any(message => message is DeliveryMessage<ReconcileJira>))
        {
            return found;
        }

        session.Store(state with { Tick = command.Tick is null ? state.Tick : state.Tick + 1, LastRunAt = now });
        if (command.Tick is not null)
        {
            found.Delay(new ReconcileJira(state.Tick + 1), settings.ReconcileEvery);
        }

        return found;
    }

    private static async Task<OutgoingMessages> ChangedSinceAsync(
        JiraConnection connection, JiraReconciliation state, JiraSettings settings, DateTimeOffset now, IDocumentSession session, JiraClient jira, CancellationToken cancellation)
    {
        // A relative JQL date is measured on Jira's clock in Jira's time zone, so neither side's zone matters.
        var since = state.LastRunAt is { } last ? now - last + settings.ReconcileOverlap : settings.FirstReconcileLookback;
        var jql = $"labels = \"{JiraIntegration.Label}\" AND updated >= \"-{Math.Ceiling(since.TotalMinutes)}m\" ORDER BY updated ASC";
        var found = new OutgoingMessages();
        string? page = null;
        do
        {
            var result = await jira.SearchAsync(connection, jql, page, cancellation);
            foreach (var issue in result.Issues)
            {
                if (issue.Fields is null)
                {
                    continue;
                }

                if (await session.LoadAsync<JiraIssueIndex>(issue.Id, cancellation) is not { } index)
                {
                    await ReportIfDuplicateAsync(issue, issue.Fields, session, now, cancellation);
                    continue;
                }

                found.Add(ApplyJiraIssue.From(index, issue, null, JiraChangeRoute.Reconciliation));
                var worklogs = (await jira.GetWorklogsAsync(connection, issue.Key, cancellation)).Worklogs;
                found.AddRange(worklogs.Select(worklog => ApplyJiraWorklog.From(index, worklog, deleted: false, JiraChangeRoute.Reconciliation)));
                var known = await session.Query<JiraWorklogSeen>().Where(seen => seen.IssueId == issue.Id && !seen.Deleted).ToListAsync(cancellation);
                found.AddRange(known.Where(seen => worklogs.All(worklog => worklog.Id != seen.Id)).Select(gone => new ApplyJiraWorklog(
                    index.RequestId, index.IssueKey, index.Id, gone.Id, null, gone.Updated, 60, null, now, Deleted: true, JiraChangeRoute.Reconciliation)));
            }

            page = result.NextPageToken;
        }
        while (page is not null);

        return found;
    }

    /// <summary>
    /// An issue or sub-task carrying the label of a request or work item that Milestone already has
    /// another one for was made by a create retried before Jira's search could find the first (see
    /// <see cref="JiraSettings.SearchIndexLag"/>). It is reported once, not closed: an agent may be
    /// working in it, and Milestone follows only the first.
    /// </summary>
    private static async Task ReportIfDuplicateAsync(JiraIssue issue, JiraIssueFields fields, IDocumentSession session, DateTimeOffset now, CancellationToken cancellation)
    {
        var correctionId = JiraIntegration.DuplicateCorrectionIdFor(issue.Id);
        if (await OriginalOfAsync(issue, fields, session, cancellation) is not { } original
            || await session.LoadAsync<JiraCorrection>(correctionId, cancellation) is not null)
        {
            return;
        }

        session.Store(new JiraCorrection(
            correctionId, JiraCorrectionKind.Duplicate, original.RequestId, issue.Key,
            $"Duplicate of {original.IssueKey}, made by a retried create; Milestone follows {original.IssueKey} only, so delete {issue.Key} in Jira", now));
    }

    private static async Task<(Guid RequestId, string IssueKey)?> OriginalOfAsync(JiraIssue issue, JiraIssueFields fields, IDocumentSession session, CancellationToken cancellation)
    {
        if (JiraIntegration.RequestIdIn(fields.Labels) is { } requestId)
        {
            // Jira's search may still show an issue deleted a moment ago, which a new one has replaced.
            var request = await session.Events.AggregateStreamAsync<Request>(requestId, token: cancellation);
            return request is not null && !request.DeletedJiraIssueIds.Contains(issue.Id)
                && await JiraIssueIndex.OfRequestAsync(session, requestId, cancellation) is { } made && made.Id != issue.Id
                ? (made.RequestId, made.IssueKey)
                : null;
        }

        if (JiraIntegration.WorkItemIdIn(fields.Labels) is not { } workItemId || await session.LoadAsync<JiraSubtaskIndex>(issue.Id, cancellation) is not null)
        {
            return null;
        }

        var subtasks = await session.Query<JiraSubtaskIndex>().Where(subtask => subtask.WorkItemId == workItemId).ToListAsync(cancellation);
        return subtasks.FirstOrDefault(subtask => subtask.ParentId == fields.Parent?.Id) is { } original ? (original.RequestId, original.IssueKey) : null;
    }
}
