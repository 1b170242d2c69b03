using Wolverine.Http;

namespace Milestone.Api.Reports;

/// <summary>
/// A client's quarterly business review as a page and as a CSV pack. Staff for the clients in their scope, client
/// users for their own organisation; any other client is NOT_FOUND, as for one that does not exist.
/// </summary>
public static class QuarterlyReviewEndpoints
{
    [WolverineGet("/clients/{clientId}/qbr/{quarter}.html")]
    public static Task<IResult> Page(Guid clientId, string quarter, HttpContext http, TimeProvider time) =>
        ReviewAsync(clientId, quarter, http, time, review => Results.Content(QuarterlyReviewPage.Render(review), "text/html; charset=utf-8"));

    [WolverineGet("/clients/{clientId}/qbr/{quarter}.zip")]
    public static Task<IResult> Pack(Guid clientId, string quarter, HttpContext http, TimeProvider time) =>
        ReviewAsync(clientId, quarter, http, time, review => Results.File(QuarterlyReviewCsv.Pack(review), "application/zip", $"qbr-{review.Quarter}.zip"));

    private static async Task<IResult> ReviewAsync(
        Guid clientId, string quarter, HttpContext http, TimeProvider time, Func<QuarterlyReview, IResult> answer)
    {
        if (ProblemResponses.CallerRefusal(http) is { } refusal)
        {
            return refusal;
        }

        await using var session = http.OpenQuerySession();
        var client = await session.ClientOrganisationsVisibleTo(http.GetCaller()!).Where(organisation => organisation.Id == clientId).FirstOrDefaultAsync(http.RequestAborted);
        if (client is null)
        {
            return ProblemResponses.For(Refusals.NotFound("client"));
        }

        if (InsightScope.Quarter(quarter) is null)
        {
            return ProblemResponses.For(Refusals.Invalid("quarter", "Give the quarter as yyyy-Qn, such as 2026-Q4."));
        }

        return answer(await QuarterlyReview.ForAsync(http.RequestServices.GetRequiredService<ReportingSql>(), client, quarter, time.GetUtcNow(), http.RequestAborted));
    }
}
