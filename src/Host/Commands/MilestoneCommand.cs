using System.Reflection;

namespace Milestone.Host.Commands;

/// <summary>
/// One of Milestone's commands. A failure while it runs is said in one line on standard error, as a failure to start
/// is, instead of the framework's stack trace; <c>Logging__LogLevel__Milestone=Debug</c> prints the whole exception.
/// </summary>
public abstract class MilestoneCommand<TInput> : JasperFxAsyncCommand<TInput>
    where TInput : NetCoreInput
{
    public sealed override async Task<bool> Execute(TInput input)
    {
        try
        {
            return await RunAsync(input);
        }
        catch (Exception failure)
        {
            var cause = failure.GetBaseException();
            await Console.Error.WriteLineAsync($"{GetType().GetCustomAttribute<DescriptionAttribute>()?.Name} failed: {cause.Message.Split('\n')[0].Trim()} ({cause.GetType().Name})");
            if (Environment.GetEnvironmentVariable("Logging__LogLevel__Milestone") is "Debug" or "Trace")
            {
                await Console.Error.WriteLineAsync(failure.ToString());
            }

            return false;
        }
    }

    protected abstract Task<bool> RunAsync(TInput input);
}
