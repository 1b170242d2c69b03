using FluentValidation;
using Milestone.Api.Requests;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;
using Wolverine.Runtime.Handlers;

namespace Milestone.Api.Messages;

/// <summary>A reply on a request, or for staff an internal note. The caller picks the message id, so a retry posts nothing twice.</summary>
public sealed record PostMessage(Guid RequestId, Actor Actor, Guid MessageId, string Body, bool Internal);

public sealed class PostMessageValidator : AbstractValidator<PostMessage>
{
    public PostMessageValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.MessageId).NotEmpty();
        RuleFor(command => command.Body).IsAMessage();
    }
}

public static class PostMessageHandler
{
    public static Events Handle(PostMessage command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.PostMessage(command.Actor, command.MessageId, command.Body, command.Internal, time.GetUtcNow())];

    public static void Configure(HandlerChain chain) => chain.RetryConcurrentAppends();
}
