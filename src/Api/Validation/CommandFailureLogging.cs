using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Wolverine.Configuration;
using Wolverine.Runtime;

namespace Milestone.Api.Validation;

/// <summary>
/// How every handler's failures are logged, one policy for all messages. Wolverine's own line for a failed
/// attempt is an Error with the whole message (<c>Invocation of {Message} failed!</c>): customer text,
/// e-mail addresses, passwords and codes, for what is usually the caller's mistake. Instead, a refusal
/// (<see cref="ExceptionTranslation.Refusal"/>: invalid input, a rule, a conflict) is an Information line with
/// its code and ids, and any other failure an Error with the exception and ids; no message content either way.
/// </summary>
public sealed class CommandFailureLogPolicy : IHandlerPolicy
{
    public void Apply(IReadOnlyList<HandlerChain> chains, GenerationRules rules, IServiceContainer container)
    {
        foreach (var chain in chains)
        {
            chain.FailureLogLevel = LogLevel.None;
            chain.Middleware.Insert(0, new LogFailuresFrame());
        }
    }

    /// <summary>Wraps the rest of the handler in a try whose exception filter logs and never catches, so the failure goes on as before.</summary>
    private sealed class LogFailuresFrame : SyncFrame
    {
        private Variable _context = null!;
        private Variable _logger = null!;

        public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
        {
            _context = chain.FindVariable(typeof(MessageContext));
            yield return _context;
            _logger = chain.FindVariable(typeof(ILogger<CommandFailureLogPolicy>));
            yield return _logger;
        }

        public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
        {
            writer.Write("BLOCK:try");
            Next?.GenerateCode(method, writer);
            writer.FinishBlock();
            writer.Write(
                $"BLOCK:catch (System.Exception handlerFailure) when ({typeof(CommandFailureLogging).FullNameInCode()}." +
                $"{nameof(CommandFailureLogging.LogAndPass)}({_logger.Usage}, {_context.Usage}.{nameof(MessageContext.Envelope)}, handlerFailure))");
            writer.Write("throw;");
            writer.FinishBlock();
        }
    }
}

public static partial class CommandFailureLogging
{
    /// <summary>Logs the failure of a handler and returns false, so that the exception filter calling it lets the failure through.</summary>
    public static bool LogAndPass(ILogger logger, Envelope? envelope, Exception failure)
    {
        if (ExceptionTranslation.Refusal(failure) is { } refusal)
        {
            Refused(logger, envelope?.MessageType, envelope?.Id, envelope?.TenantId, refusal.Code!);
        }
        else
        {
            Failed(logger, failure, envelope?.MessageType, envelope?.Id, envelope?.TenantId);
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} {EnvelopeId} (tenant {TenantId}) refused: {Code}")]
    private static partial void Refused(ILogger logger, string? messageType, Guid? envelopeId, string? tenantId, string code);

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageType} {EnvelopeId} (tenant {TenantId}) failed")]
    private static partial void Failed(ILogger logger, Exception failure, string? messageType, Guid? envelopeId, string? tenantId);
}
