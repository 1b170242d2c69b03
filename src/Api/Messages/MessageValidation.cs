using FluentValidation;
using Milestone.Domain.Requests;

namespace Milestone.Api.Messages;

public static class MessageValidation
{
    public static IRuleBuilderOptions<T, string> IsAMessage<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write something.").MaximumLength(Request.MessageMaxLength);
}
