using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Sla;
using Wolverine.Marten;

namespace Milestone.Api.Sla;

public sealed record DefineBusinessCalendar(Guid CalendarId, string Name, BusinessCalendar Calendar, Actor Actor) : IActorCommand;

public sealed class DefineBusinessCalendarValidator : AbstractValidator<DefineBusinessCalendar>
{
    public DefineBusinessCalendarValidator()
    {
        RuleFor(command => command.CalendarId).NotEmpty();
        RuleFor(command => command.Calendar.WorkingPeriods.Count).LessThanOrEqualTo(70).WithMessage("At most 70 working periods.");
        RuleFor(command => command.Calendar.Holidays.Count).LessThanOrEqualTo(500).WithMessage("At most 500 holidays.");
    }
}

public static class DefineBusinessCalendarHandler
{
    public static IStartStream Handle(DefineBusinessCalendar command, TimeProvider time) =>
        MartenOps.StartStream<BusinessCalendarDefinition>(
            command.CalendarId,
            BusinessCalendarDefinition.Define(command.CalendarId, command.Name, command.Calendar, command.Actor, time.GetUtcNow()));
}
