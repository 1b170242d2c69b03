using System.Threading.Channels;

namespace Milestone.Api.Tests.Infrastructure;

/// <summary>A process whose output the test reads line by line while it runs; killed when disposed.</summary>
public sealed class RunningTool : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _errors = [];

    private RunningTool(Process process) => _process = process;

    public static RunningTool Start(string program, string workingDirectory, string[] arguments)
    {
        var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var tool = new RunningTool(process);
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                tool._lines.Writer.TryComplete();
            }
            else
            {
                tool._lines.Writer.TryWrite(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (tool._errors)
            {
                tool._errors.Add(line.Data ?? string.Empty);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return tool;
    }

    /// <summary>The next line of output; fails the test if the tool ends or stays silent too long.</summary>
    public async Task<string> NextLineAsync()
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            return await _lines.Reader.ReadAsync(patience.Token);
        }
        catch (Exception ended) when (ended is ChannelClosedException or OperationCanceledException)
        {
            throw new InvalidOperationException($"The tool wrote no further line. Its errors:\n{Errors()}", ended);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private string Errors()
    {
        lock (_errors)
        {
            return string.Join('\n', _errors);
        }
    }
}
