using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Configuration;

namespace Milestone.Api.History;

/// <summary>
/// Puts <see cref="CommandActor.Stamp{TCommand}"/> in front of every handler of an <see cref="IAuditedCommand"/>,
/// so each event records who did it. Handlers of forwarded events and timers (SLA clocks, hour-bank postings
/// and chores) are Milestone's own doing and record no person.
/// </summary>
internal sealed class CommandActorPolicy : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains.Where(chain => chain.MessageType.IsAssignableTo(typeof(IAuditedCommand))))
        {
            var stamp = typeof(CommandActor).GetMethod(nameof(CommandActor.Stamp))!.MakeGenericMethod(chain.MessageType);
            chain.Middleware.Add(new MethodCall(typeof(CommandActor), stamp));
        }
    }
}
