using FluentValidation;
using Milestone.Domain.People;
using Milestone.Domain.Requests;
using Wolverine.Marten;

namespace Milestone.Api.Requests;

/// <summary>Say what kind of work (service or category) the request is.</summary>
public sealed record CategoriseRequest(Guid RequestId, int Version, Actor Actor, string Category) : IActorCommand;

public sealed class CategoriseRequestValidator : AbstractValidator<CategoriseRequest>
{
    public CategoriseRequestValidator()
    {
        RuleFor(command => command.RequestId).NotEmpty();
        RuleFor(command => command.Category)
            .Must(category => !string.IsNullOrWhiteSpace(category)).WithMessage("Category is required.")
            .MaximumLength(Request.CategoryMaxLength);
    }
}

public static class CategoriseRequestHandler
{
    public static Events Handle(CategoriseRequest command, [WriteAggregate] Request request, TimeProvider time) =>
        [.. request.Categorise(command.Actor, command.Category, time.GetUtcNow())];
}
