using FluentValidation;
using Marten;
using Milestone.Domain.HourBanks;
using Milestone.Domain.People;
using Milestone.Domain.Rules;
using Milestone.Projections.Organisations;
using Wolverine.Marten;

namespace Milestone.Api.HourBanks;

/// <summary>
/// Opens a client's bank. Worklogs draw a bank from the moment it is open; time logged before then is not
/// posted, because nobody had agreed a price or an increment for it. The bank counts days and months in the
/// client's time zone as it is at opening; moving the client later does not move the bank's month ends.
/// </summary>
public sealed record OpenHourBank(
    Guid ClientId,
    int BillingIncrementMinutes,
    decimal OverageRatePerHour,
    string Currency,
    LowBalanceThreshold LowBalanceThreshold,
    Actor Actor) : IActorCommand;

public sealed class OpenHourBankValidator : AbstractValidator<OpenHourBank>
{
    public OpenHourBankValidator()
    {
        RuleFor(command => command.ClientId).NotEmpty();
        RuleFor(command => command.Currency).NotNull();
    }
}

public static class OpenHourBankHandler
{
    public static async Task<IStartStream> Handle(OpenHourBank command, IDocumentSession session, TimeProvider time, CancellationToken cancellation)
    {
        var client = await session.LoadAsync<ClientOrganisationDetails>(command.ClientId, cancellation)
            ?? throw new CommandRejected(Rejection.NotFound, "There is no such client.");
        var bankId = HourBank.IdFor(command.ClientId);
        var opened = HourBank.Open(
            command.Actor,
            bankId,
            command.ClientId,
            command.BillingIncrementMinutes,
            command.OverageRatePerHour,
            command.Currency,
            client.TimeZone,
            command.LowBalanceThreshold,
            time.GetUtcNow());
        if (await session.Events.FetchStreamStateAsync(bankId, cancellation) is not null)
        {
            throw new CommandRejected(Rejection.Conflict, "This client has an hour bank already; change its terms instead.");
        }

        return MartenOps.StartStream<HourBank>(bankId, opened);
    }
}
