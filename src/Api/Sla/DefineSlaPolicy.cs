using FluentValidation;
using Marten;
using Milestone.Domain.People;
using Milestone.Domain.Rules;
using Milestone.Domain.Sla;
using Wolverine.Marten;

namespace Milestone.Api.Sla;

public sealed record DefineSlaPolicy(Guid PolicyId, bool IsDefault, SlaPolicySettings Settings, Actor Actor) : IActorCommand;

public sealed class DefineSlaPolicyValidator : AbstractValidator<DefineSlaPolicy>
{
    public DefineSlaPolicyValidator()
    {
        RuleFor(command => command.PolicyId).NotEmpty();
        RuleFor(command => command.Settings.CalendarId).NotEmpty();
    }
}

public static class DefineSlaPolicyHandler
{
    /// <summary>
    /// One default policy: a second one is refused, and the default is changed by revising it. The
    /// check reads the policies as they stand; two administrators defining a default at the same
    /// moment could both pass it, which the policy list would show at once.
    /// </summary>
    public static async Task<IStartStream> Handle(DefineSlaPolicy command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var policy = SlaPolicy.Define(command.PolicyId, command.IsDefault, command.Settings, command.Actor, time.GetUtcNow());
        await session.RequireCalendarAsync(command.Settings.CalendarId, cancellation);
        if (command.IsDefault && await session.Query<SlaPolicy>().AnyAsync(existing => existing.IsDefault, cancellation))
        {
            throw new CommandRejected(Rejection.Conflict, "There is a default policy already; revise it, or give clients a policy of their own.", "isDefault");
        }

        return MartenOps.StartStream<SlaPolicy>(command.PolicyId, policy);
    }
}

public static class SlaCalendarRules
{
    public static async Task RequireCalendarAsync(this IQuerySession session, Guid calendarId, CancellationToken cancellation)
    {
        if (await session.LoadAsync<BusinessCalendarDefinition>(calendarId, cancellation) is null)
        {
            throw new CommandRejected(Rejection.NotFound, "There is no such business calendar.", "calendarId");
        }
    }
}
