using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Milestone.Host.Telemetry;

public static class TelemetrySetup
{
    public const string ServiceName = "milestone";

    /// <summary>
    /// Traces and metrics for ASP.NET Core, Npgsql, Marten and Wolverine; exported over OTLP only when
    /// an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT), so a bare run sends nothing anywhere.
    /// </summary>
    public static IServiceCollection AddMilestoneTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddNpgsql()
                .AddSource("Marten", "Wolverine"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Marten", "Wolverine", "Npgsql"));

        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
