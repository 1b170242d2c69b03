namespace Milestone.Domain.Requests;

/// <summary>
/// Time an agent spent on a request. Carries everything the hour bank and reports group by: client,
/// request, agent, work date, minutes and whether it is billable; and the project task it names, if any
/// (otherwise its time counts toward the request's task).
/// </summary>
public sealed record WorkLogged(
    Guid RequestId,
    Guid ClientId,
    Guid WorklogId,
    Guid AgentId,
    DateOnly WorkDate,
    int Minutes,
    bool Billable,
    string Note,
    Guid LoggedBy,
    DateTimeOffset LoggedAt,
    ChangeSource Source = ChangeSource.Milestone,
    Guid? ProjectId = null,
    Guid? ProjectTaskId = null) : IRequestEvent;

/// <summary>
/// A worklog was corrected. The previous values travel with the new ones, so a ledger can post the
/// compensating entry without reading anything else.
/// </summary>
public sealed record WorklogCorrected(
    Guid RequestId,
    Guid ClientId,
    Guid WorklogId,
    Guid AgentId,
    DateOnly WorkDate,
    int Minutes,
    bool Billable,
    string Note,
    DateOnly PreviousWorkDate,
    int PreviousMinutes,
    bool PreviousBillable,
    Guid CorrectedBy,
    DateTimeOffset CorrectedAt,
    ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;

/// <summary>A worklog was withdrawn; what it had counted is carried for the compensating entry.</summary>
public sealed record WorklogDeleted(
    Guid RequestId,
    Guid ClientId,
    Guid WorklogId,
    Guid AgentId,
    DateOnly WorkDate,
    int Minutes,
    bool Billable,
    Guid DeletedBy,
    DateTimeOffset DeletedAt,
    ChangeSource Source = ChangeSource.Milestone) : IRequestEvent;
