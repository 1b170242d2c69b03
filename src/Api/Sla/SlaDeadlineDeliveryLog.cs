namespace Milestone.Api.Sla;

/// <summary>
/// A test-only switch, off unless <see cref="Setting"/> names a file: every delivery of an SLA deadline to its
/// handler, each attempt included, is appended there as one line before the handler runs. The handler refuses a
/// second recording, so a deadline delivered twice or never leaves no trace in the events; the fault suite
/// reads this file to count deliveries (docs/reliability.md).
/// </summary>
public sealed class SlaDeadlineDeliveryLog(string path, TimeProvider time)
{
    public const string Setting = "Milestone:Diagnostics:SlaDeadlineDeliveryLog";

    private readonly Lock _appending = new();

    public void Append(SlaDeadline deadline, Envelope envelope)
    {
        var line = string.Join(',', envelope.Id, envelope.Attempts, deadline.ClockId, deadline.Kind, deadline.Milestone, deadline.Cycle, deadline.DueAt.ToString("O", CultureInfo.InvariantCulture), time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        lock (_appending)
        {
            File.AppendAllText(path, line + Environment.NewLine);
        }
    }
}

/// <summary>The middleware that writes <see cref="SlaDeadlineDeliveryLog"/>, applied only when the switch is on.</summary>
public static class SlaDeadlineDeliveryLogging
{
    public static void Before(SlaDeadline deadline, Envelope envelope, SlaDeadlineDeliveryLog log) => log.Append(deadline, envelope);

    public static WolverineOptions LogSlaDeadlineDeliveries(this WolverineOptions options, string? path)
    {
        if (!string.IsNullOrEmpty(path))
        {
            options.Services.AddSingleton(services => new SlaDeadlineDeliveryLog(path, services.GetRequiredService<TimeProvider>()));
            options.Policies.ForMessagesOfType<SlaDeadline>().AddMiddleware(typeof(SlaDeadlineDeliveryLogging));
        }

        return options;
    }
}
