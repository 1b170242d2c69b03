namespace Milestone.Domain.Sla;

/// <summary>
/// A versioned SLA policy; one stream per policy. Each edit is a complete new version, so a clock
/// can carry the exact version it started under and history shows what was promised when.
/// </summary>
public sealed record SlaPolicy(
    Guid Id,
    bool IsDefault,
    SlaPolicySettings Settings,
    int PolicyVersion)
{
    public int Version { get; set; }

    public static SlaPolicy? Evolve(SlaPolicy? state, object @event) => @event switch
    {
        SlaPolicyDefined defined => new SlaPolicy(
            defined.PolicyId,
            defined.IsDefault,
            new SlaPolicySettings(defined.Name, defined.Targets, defined.AtRiskPercent, defined.CalendarId, defined.TimeZoneSource),
            1),
        SlaPolicyRevised revised when state is not null => state with
        {
            Settings = new SlaPolicySettings(revised.Name, revised.Targets, revised.AtRiskPercent, revised.CalendarId, revised.TimeZoneSource),
            PolicyVersion = revised.Version,
        },
        _ => state,
    };

    /// <summary>
    /// One default policy: a second one is refused, and the default is changed by revising it.
    /// <paramref name="calendarExists"/> whether the settings' calendar is defined; <paramref name="defaultExists"/>
    /// whether another policy is the default already.
    /// </summary>
    public static SlaPolicyDefined Define(Guid policyId, bool isDefault, SlaPolicySettings settings, Actor actor, DateTimeOffset now, bool calendarExists, bool defaultExists)
    {
        SlaAdministration.RequireAdmin(actor);
        var valid = Valid(settings, calendarExists);
        if (isDefault && defaultExists)
        {
            throw new CommandRejected(Rejection.Conflict, "There is a default policy already; revise it, or give clients a policy of their own.", "isDefault");
        }

        return new SlaPolicyDefined(
            policyId, valid.Name, isDefault, valid.Targets, valid.AtRiskPercent, valid.CalendarId, valid.TimeZoneSource, actor.PersonId, now);
    }

    /// <summary>A policy only proposed, to price it against history (<see cref="SlaWhatIf"/>): checked like a definition, stored nowhere.</summary>
    public static SlaPolicy Proposed(SlaPolicySettings settings, bool calendarExists) => new(Guid.Empty, false, Valid(settings, calendarExists), 0);

    public IEnumerable<object> Revise(SlaPolicySettings settings, Actor actor, DateTimeOffset now, bool calendarExists)
    {
        SlaAdministration.RequireAdmin(actor);
        var valid = Valid(settings, calendarExists);
        if (SameAs(valid))
        {
            return [];
        }

        return
        [
            new SlaPolicyRevised(
                Id, PolicyVersion + 1, valid.Name, valid.Targets, valid.AtRiskPercent, valid.CalendarId, valid.TimeZoneSource, actor.PersonId, now),
        ];
    }

    /// <summary>
    /// This version's terms for a request: the calendar moves into the client's zone when the policy
    /// follows the client and the client has one; otherwise it counts in its own zone.
    /// </summary>
    public SlaTerms Terms(BusinessCalendar calendar, string? clientTimeZoneId)
    {
        var counted = Settings.TimeZoneSource == TimeZoneSource.Client && !string.IsNullOrWhiteSpace(clientTimeZoneId)
            ? calendar with { TimeZoneId = clientTimeZoneId }
            : calendar;
        return new SlaTerms(Id, PolicyVersion, Settings.Targets, Settings.AtRiskPercent, counted);
    }

    private bool SameAs(SlaPolicySettings other) =>
        other.Name == Settings.Name
        && other.AtRiskPercent == Settings.AtRiskPercent
        && other.CalendarId == Settings.CalendarId
        && other.TimeZoneSource == Settings.TimeZoneSource
        && other.Targets.SequenceEqual(Settings.Targets);

    public static CommandRejected NoSuchCalendar() => new(Rejection.NotFound, "There is no such business calendar.", "calendarId");

    private static SlaPolicySettings Valid(SlaPolicySettings settings, bool calendarExists)
    {
        var name = SlaAdministration.RequireName(settings.Name);
        if (settings.AtRiskPercent is < 1 or > 99)
        {
            throw Invalid("The at-risk threshold is a share of the target from 1 to 99 %.", "atRiskPercent");
        }

        var missing = Enum.GetValues<Urgency>().Where(u => settings.Targets.Count(t => t.Urgency == u) != 1).ToList();
        if (missing.Count > 0)
        {
            throw Invalid($"Give exactly one set of targets for each urgency; check {string.Join(", ", missing)}.", "targets");
        }

        if (settings.Targets.FirstOrDefault(t => t.Response <= TimeSpan.Zero || t.Resolution <= TimeSpan.Zero) is { } notPositive)
        {
            throw Invalid($"The {notPositive.Urgency} targets must be longer than zero.", "targets");
        }

        if (settings.Targets.FirstOrDefault(t => t.NextReply <= TimeSpan.Zero || t.PeriodicUpdate <= TimeSpan.Zero) is { } notPositiveFollowUp)
        {
            throw Invalid($"The {notPositiveFollowUp.Urgency} next-reply and periodic-update targets, when given, must be longer than zero.", "targets");
        }

        if (settings.Targets.FirstOrDefault(t => t.Response > t.Resolution) is { } backwards)
        {
            throw Invalid($"The {backwards.Urgency} response target cannot be longer than its resolution target.", "targets");
        }

        if (!calendarExists)
        {
            throw NoSuchCalendar();
        }

        return settings with { Name = name, Targets = [.. settings.Targets.OrderBy(t => t.Urgency)] };
    }

    private static CommandRejected Invalid(string message, string field) => new(Rejection.Invalid, message, field);
}
