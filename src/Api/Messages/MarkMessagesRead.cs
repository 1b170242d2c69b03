using Milestone.Domain.People;
using FluentValidation;
using Wolverine.Marten;

namespace Milestone.Api.Messages;

public sealed record MarkMessagesRead(Guid PersonId, Guid RequestId) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => PersonId;
}

public sealed class MarkMessagesReadValidator : AbstractValidator<MarkMessagesRead>
{
    public MarkMessagesReadValidator()
    {
        RuleFor(command => command.PersonId).NotEmpty();
        RuleFor(command => command.RequestId).NotEmpty();
    }
}

public static class MarkMessagesReadHandler
{
    public static IMartenOp Handle(MarkMessagesRead command, TimeProvider time) =>
        MartenOps.Store(new MessageReadMarker(
            MessageReadMarker.IdFor(command.PersonId, command.RequestId), command.PersonId, command.RequestId, time.GetUtcNow()));
}
