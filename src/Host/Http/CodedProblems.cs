using Microsoft.AspNetCore.Diagnostics;
using Milestone.Api.Attachments;

namespace Milestone.Host.Http;

/// <summary>
/// Every HTTP refusal is a problem response (RFC 9457) with a <c>code</c>: the ones our endpoints
/// write, the empty ones the framework answers with (no route, a method the route does not take), and
/// an exception an endpoint lets through, which <see cref="ExceptionTranslation"/> codes as it codes
/// GraphQL errors, INTERNAL and without details when it is not a known refusal. No environment shows a
/// stack trace.
/// </summary>
public static class CodedProblems
{
    public static IServiceCollection AddCodedProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("code", ProblemResponses.CodeFor(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode)));
        services.AddExceptionHandler<TranslatedExceptions>();
        return services;
    }

    public static WebApplication UseCodedProblems(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // ExceptionTranslation logs what it does not recognise; what it does recognise is the caller's mistake, not ours.
            SuppressDiagnosticsCallback = context => context.ExceptionHandledBy == ExceptionHandledType.ExceptionHandlerService,
        });
        app.UseStatusCodePages();
        return app;
    }

    private sealed class TranslatedExceptions(ExceptionTranslation translation) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellation)
        {
            await ProblemResponses.For(translation.Translate(exception)).ExecuteAsync(http);
            return true;
        }
    }
}
