using Milestone.Domain.People;
using FluentValidation;
using Milestone.Domain.Organisations;
using Milestone.Projections.Organisations;
using Wolverine.Marten;

namespace Milestone.Api.Organisations;

public sealed record CreateClientOrganisation(Guid ClientId, string Name, string TimeZone, IReadOnlyList<string> Locations, Guid CreatedBy) : IAuditedCommand
{
    Guid? IAuditedCommand.AuditedPersonId => CreatedBy;
}

public sealed class CreateClientOrganisationValidator : AbstractValidator<CreateClientOrganisation>
{
    public CreateClientOrganisationValidator()
    {
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.Name)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Name is required.")
            .MaximumLength(ClientOrganisation.NameMaxLength);
        RuleFor(command => command.TimeZone)
            .Must(timeZone => TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? string.Empty, out _))
            .WithMessage("Use an IANA time zone such as Europe/London.");
        RuleFor(command => command.Locations).Must(locations => locations.Count <= 50).WithMessage("At most 50 locations.");
        RuleForEach(command => command.Locations).MaximumLength(200);
    }
}

public static class CreateClientOrganisationHandler
{
    public static IStartStream Handle(CreateClientOrganisation command, TimeProvider time) =>
        MartenOps.StartStream<ClientOrganisationDetails>(
            command.ClientId,
            ClientOrganisation.Create(command.ClientId, command.Name, command.TimeZone, command.Locations, command.CreatedBy, time.GetUtcNow()));
}
