using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Sla;
using Wolverine.Marten;

namespace Milestone.Api.Sla;

/// <summary>A new version of a calendar; clocks already running keep the one they started with.</summary>
public sealed record ReviseBusinessCalendar(Guid CalendarId, int Version, string Name, BusinessCalendar Calendar, Actor Actor) : IActorCommand;

public sealed class ReviseBusinessCalendarValidator : AbstractValidator<ReviseBusinessCalendar>
{
    public ReviseBusinessCalendarValidator()
    {
        RuleFor(command => command.CalendarId).NotEmpty();
        RuleFor(command => command.Calendar.WorkingPeriods.Count).LessThanOrEqualTo(70).WithMessage("At most 70 working periods.");
        RuleFor(command => command.Calendar.Holidays.Count).LessThanOrEqualTo(500).WithMessage("At most 500 holidays.");
    }
}

public static class ReviseBusinessCalendarHandler
{
    public static Events Handle(
        ReviseBusinessCalendar command,
        [WriteAggregate(nameof(ReviseBusinessCalendar.CalendarId))] BusinessCalendarDefinition calendar,
        TimeProvider time) =>
        [.. calendar.Revise(command.Name, command.Calendar, command.Actor, time.GetUtcNow())];
}
