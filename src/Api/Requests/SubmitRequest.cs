using Milestone.Domain.People;
using FluentValidation;
using Marten;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

public sealed record SubmitRequest(
    Guid RequestId,
    Guid ClientId,
    Guid SubmittedBy,
    string Title,
    string? Description,
    Urgency Urgency,
    string? IdempotencyKey = null) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => SubmittedBy;
}

public sealed class SubmitRequestValidator : AbstractValidator<SubmitRequest>
{
    public SubmitRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.SubmittedBy).NotEmpty();
        RuleFor(command => command.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage("Title is required.")
            .MaximumLength(RequestRules.TitleMaxLength);
        RuleFor(command => command.Description).MaximumLength(RequestRules.DescriptionMaxLength);
        RuleFor(command => command.Urgency).IsInEnum();
        RuleFor(command => command.IdempotencyKey).MaximumLength(SubmissionKey.MaxLength);
    }
}

public static class SubmitRequestHandler
{
    public static async Task<SubmissionKey?> LoadAsync(SubmitRequest command, IQuerySession session, CancellationToken cancellation) =>
        command.IdempotencyKey is { } key
            ? await session.LoadAsync<SubmissionKey>(SubmissionKey.IdFor(command.SubmittedBy, key), cancellation)
            : null;

    /// <summary>
    /// A submission repeated with the same idempotency key changes nothing: the first one stands. The same
    /// key sent with another request is refused, because the caller meant two different things by it.
    /// </summary>
    public static IEnumerable<IMartenOp> Handle(SubmitRequest command, SubmissionKey? earlier, TimeProvider time)
    {
        if (earlier is not null)
        {
            if (!earlier.AsksFor(command))
            {
                throw CallerKeys.ReusedWithOtherPayload("idempotencyKey");
            }

            yield break;
        }

        yield return MartenOps.StartStream<Request>(
            command.RequestId,
            Request.Submit(
                command.RequestId,
                command.ClientId,
                command.SubmittedBy,
                command.Title,
                command.Description,
                command.Urgency,
                time.GetUtcNow()));

        if (command.IdempotencyKey is { } key)
        {
            yield return MartenOps.Insert(SubmissionKey.For(command, key));
        }
    }
}
