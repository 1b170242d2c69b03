using Milestone.Domain.Reports;
using Wolverine.Http;

namespace Milestone.Api.Reports;

/// <summary>
/// A client's quarterly business review as a page and as a CSV pack. Staff for the clients in their scope, client
/// users for their own organisation; any other client is NOT_FOUND, as for one that does not exist. A review link
/// (<see cref="ReportLink"/>) opens the page without signing in.
/// </summary>
public static class QuarterlyReviewEndpoints
{
    [WolverineGet("/clients/{clientId}/qbr/{quarter}.html")]
    public static Task<IResult> Page(Guid clientId, string quarter, HttpContext http, TimeProvider time) =>
        ReviewAsync(clientId, quarter, http, time, review => Results.Content(QuarterlyReviewPage.Render(review), "text/html; charset=utf-8"));

    [WolverineGet("/clients/{clientId}/qbr/{quarter}.zip")]
    public static Task<IResult> Pack(Guid clientId, string quarter, HttpContext http, TimeProvider time) =>
        ReviewAsync(clientId, quarter, http, time, review => Results.File(QuarterlyReviewCsv.Pack(review), "application/zip", QuarterlyReviewCsv.FileName(review)));

    /// <summary>
    /// The review a link opens, to whoever holds it, with its CSV pack beside it. A link that is unknown, expired or
    /// revoked gets one and the same page, so the answer tells nobody which; the secret is in the address, so nothing
    /// is cached or sent on as a referrer.
    /// </summary>
    [WolverineGet("/reports/qbr")]
    public static Task<IResult> Shared(string? token, HttpContext http, TimeProvider time) =>
        SharedAsync(token, http, time, review => Results.Content(
            QuarterlyReviewPage.Render(review, $"/reports/qbr.zip?token={Uri.EscapeDataString(token!)}"), "text/html; charset=utf-8"));

    [WolverineGet("/reports/qbr.zip")]
    public static Task<IResult> SharedPack(string? token, HttpContext http, TimeProvider time) =>
        SharedAsync(token, http, time, review => Results.File(QuarterlyReviewCsv.Pack(review), "application/zip", QuarterlyReviewCsv.FileName(review)));

    private static async Task<IResult> SharedAsync(string? token, HttpContext http, TimeProvider time, Func<QuarterlyReview, IResult> answer)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers["X-Robots-Tag"] = "noindex";
        await using var session = http.OpenQuerySession();
        var now = time.GetUtcNow();
        var link = token is { Length: > 0 }
            ? await session.Query<ReportLink>().FirstOrDefaultAsync(candidate => candidate.TokenHash == SecretToken.HashOf(token), http.RequestAborted)
            : null;
        if (link is null || !link.Opens(now) || await session.LoadAsync<ClientOrganisationDetails>(link.ClientId, http.RequestAborted) is not { } client)
        {
            return Results.Content(QuarterlyReviewPage.NotOpened, "text/html; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        return answer(await QuarterlyReview.ForAsync(http.RequestServices.GetRequiredService<ReportingSql>(), client, link.Quarter, now, http.RequestAborted));
    }

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
