using Wolverine.Http;

namespace Milestone.Api.HourBanks;

/// <summary>
/// A monthly statement as a CSV download for a finance person's spreadsheet: the same statement
/// <c>hourBankStatement</c> answers, and the same visibility (a client the caller may not see is NOT_FOUND).
/// </summary>
public static class HourBankStatementEndpoint
{
    [WolverineGet("/clients/{clientId}/hour-bank/statements/{month}.csv")]
    public static async Task<IResult> Download(Guid clientId, string month, HttpContext http)
    {
        if (ProblemResponses.CallerRefusal(http) is { } refusal)
        {
            return refusal;
        }

        await using var session = http.OpenQuerySession();
        if (!await session.IsClientVisibleAsync(http.GetCaller()!, clientId, http.RequestAborted))
        {
            return ProblemResponses.For(Refusals.NotFound("client"));
        }

        if (HourBankLedger.ParseMonth(month) is not { } first)
        {
            return ProblemResponses.For(Refusals.Invalid("month", "Give the month as yyyy-MM."));
        }

        if (await session.StatementAsync(clientId, first, http.RequestAborted) is not { } statement)
        {
            return ProblemResponses.For(Refusals.NotFound("hour bank"));
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"hour-bank-statement-{first:yyyy-MM}.csv");
        return Results.File(StatementCsv.Write(statement), "text/csv; charset=utf-8; header=present", fileName);
    }
}
