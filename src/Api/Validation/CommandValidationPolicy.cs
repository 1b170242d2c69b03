using FluentValidation;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using Wolverine.Configuration;

namespace Milestone.Api.Validation;

/// <summary>
/// Puts <see cref="CommandValidation.ValidateAsync{T}"/> in front of every handler whose message has a
/// FluentValidation validator, so a rejected command never reaches its handler and writes nothing.
/// </summary>
internal sealed class CommandValidationPolicy : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            var validatorType = typeof(IValidator<>).MakeGenericType(chain.MessageType);
            if (!container.RegistrationsFor(validatorType).Any())
            {
                continue;
            }

            var validate = typeof(CommandValidation)
                .GetMethod(nameof(CommandValidation.ValidateAsync))!
                .MakeGenericMethod(chain.MessageType);
            chain.Middleware.Add(new MethodCall(typeof(CommandValidation), validate));
        }
    }
}
