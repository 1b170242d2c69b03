using Microsoft.Extensions.Hosting;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Builds the GraphQL schema while the rest of the host starts, instead of inside the first request, which
/// would otherwise wait for it; the schema initialises itself once, whichever asks first.
/// </summary>
public sealed class SchemaWarmUp(ISchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(schema.Initialize, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
