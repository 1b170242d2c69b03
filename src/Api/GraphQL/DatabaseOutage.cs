using Npgsql;

namespace Milestone.Api.GraphQL;

/// <summary>
/// PostgreSQL out of reach (down, restarting, refusing connections) is the caller's signal to try again
/// shortly, not an internal error: GraphQL answers it as UNAVAILABLE and HTTP as 503 with Retry-After,
/// wherever in the request it happens, the sign-in check included.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 5;

    public static readonly CodedError Error = new(ErrorCodes.Unavailable, "The service is briefly unavailable; nothing was changed. Try again in a few seconds.");

    public static bool Caused(Exception exception) => exception switch
    {
        NpgsqlException { IsTransient: true } => true,
        AggregateException { InnerExceptions: var inner } => inner.Any(Caused),
        _ => exception.InnerException is { } inner && Caused(inner),
    };

    /// <summary>Answers an outage anywhere in the pipeline with a problem response instead of a 500.</summary>
    public static async Task AnswerOutagesAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            await next(http);
        }
        catch (Exception failure) when (Caused(failure) && !http.Response.HasStarted)
        {
            http.Response.Clear();
            http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await ProblemResponses.For(Error).ExecuteAsync(http);
        }
    }
}
