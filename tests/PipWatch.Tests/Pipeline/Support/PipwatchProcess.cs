using System.Diagnostics;
using System.Text;

namespace PipWatch.Tests.Pipeline.Support;

/// <summary>
/// The built pipwatch program running as its own process (<c>dotnet exec pipwatch.dll ...</c>), the way cron or a
/// pod runs it, with only the environment it is given plus what dotnet itself needs.
/// </summary>
public sealed class PipwatchProcess : IDisposable
{
    private static readonly string s_pipwatchDll = Path.Combine(AppContext.BaseDirectory, "pipwatch.dll");

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _gate = new();

    private PipwatchProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static PipwatchProcess Start(string workingDirectory, IDictionary<string, string?> environment, params string[] args)
    {
        File.Exists(s_pipwatchDll).ShouldBeTrue($"the built program is missing: {s_pipwatchDll}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(s_pipwatchDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The child sees the test's secrets and nothing of the test runner's PipWatch settings.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("PIPWATCH", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new PipwatchProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Runs to the end and returns the exit code; fails the test with the output when it takes too long.</summary>
    public static async Task<PipwatchProcess> RunAsync(
        string workingDirectory, IDictionary<string, string?> environment, TimeSpan timeout, CancellationToken cancellationToken, params string[] args)
    {
        var process = Start(workingDirectory, environment, args);
        await process.WaitAsync(timeout, cancellationToken);
        return process;
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            throw new TimeoutException($"pipwatch did not finish within {timeout}.\nstdout:\n{Output}\nstderr:\n{Error}");
        }

        // The asynchronous readers may still hold the last lines; waiting once more without a timeout flushes them.
        await _process.WaitForExitAsync(CancellationToken.None);
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod: the process may finish its work and shut down cleanly.</summary>
    public void Terminate()
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            kill?.WaitForExit();
        }
    }

    /// <summary>SIGKILL: no shutdown handler, no flush, no finally block runs in the child.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }
    }

    /// <summary>Everything the process wrote, for assertion messages.</summary>
    public string Describe() => $"exit {(HasExited ? ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "(running)")}\nstdout:\n{Output}\nstderr:\n{Error}";

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            buffer.AppendLine(line);
        }
    }
}
