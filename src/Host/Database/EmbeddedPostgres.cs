using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Milestone.Host.Database;

/// <summary>
/// A private PostgreSQL cluster run through pg_ctl, for hosts without a configured connection string and for tests.
/// Next to the data directory live <c>&lt;dir&gt;.log</c> (server log), <c>&lt;dir&gt;.lock</c> (owner lock, which
/// remembers the last port), <c>&lt;dir&gt;.password</c> (the superuser's password, readable by the owner only) and,
/// while the server runs, <c>&lt;dir&gt;.port</c> (its port, then the password file's path), so that other processes
/// (the command line, psql) find the running server instead of starting another.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string Superuser = "milestone";
    // initdb and postgres refuse to run as root; Debian's postgresql package creates this account.
    private const string ServiceAccount = "postgres";
    private const string DebianBinariesRoot = "/usr/lib/postgresql";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private static readonly string[] RequiredBinaries = ["initdb", "pg_ctl", "postgres"];
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(30);

    private readonly string _binDirectory;
    private readonly string _dataDirectory;
    private readonly string _socketDirectory;
    private readonly string _logFile;
    private readonly string _passwordFile;
    private readonly string _portFile;
    private readonly FileStream _ownerLock;
    private readonly bool _asServiceAccount = Environment.IsPrivilegedProcess;
    private readonly ILogger _logger;
    private int _stopped;

    private EmbeddedPostgres(string binDirectory, string dataDirectory, FileStream ownerLock, ILogger logger)
    {
        _binDirectory = binDirectory;
        _dataDirectory = dataDirectory;
        // Not Path.GetTempPath(): TMPDIR can be long, and Unix socket paths are limited to 107 characters.
        var directoryHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dataDirectory)));
        _socketDirectory = $"/tmp/milestone-pg-{directoryHash[..12]}";
        _logFile = dataDirectory + ".log";
        _passwordFile = dataDirectory + ".password";
        _portFile = dataDirectory + ".port";
        _ownerLock = ownerLock;
        _logger = logger;
        // The same port as last time, when it is free, keeps report builders' psql settings working across restarts.
        Port = LastPort(ownerLock) is { } last && IsFree(last) ? last : FindFreePort();
    }

    public int Port { get; }

    private string Password { get; set; } = string.Empty;

    public static EmbeddedPostgres Start(string dataDirectory, ILogger logger, bool fastButUnsafe = false)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException(
                "EmbeddedPostgres needs a Unix host; configure a connection string instead.");
        }

        var binDirectory = FindBinDirectory();
        var fullDataDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        Directory.CreateDirectory(fullDataDirectory);
        var server = new EmbeddedPostgres(binDirectory, fullDataDirectory, ClaimOwnership(fullDataDirectory), logger);
        try
        {
            server.PrepareDirectories();
            server.InitializeClusterIfMissing();
            server.StopOrphanedServer();
            server.StartServer(fastButUnsafe);
            server.RequirePasswordsIfTrusted();
            server.Announce();
            AppDomain.CurrentDomain.ProcessExit += server.OnProcessExit;
            return server;
        }
        catch
        {
            server._ownerLock.Dispose();
            throw;
        }
    }

    public string ConnectionString(string database = "postgres") => ConnectionString(Port, Password, database);

    /// <summary>
    /// The connection string of the server another process started on this data directory and still owns, read from
    /// the files it keeps beside it; null when that process has not announced one (it is starting, or it was killed).
    /// </summary>
    public static string? ConnectionStringOfRunning(string dataDirectory, string database)
    {
        var portFile = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + ".port";
        if (!File.Exists(portFile) || File.ReadAllLines(portFile) is not [var port, var passwordFile, ..]
            || !int.TryParse(port, CultureInfo.InvariantCulture, out var number) || !File.Exists(passwordFile))
        {
            return null;
        }

        return ConnectionString(number, File.ReadAllText(passwordFile).Trim(), database);
    }

    private static string ConnectionString(int port, string password, string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = Superuser, Password = password, Database = database }
            .ConnectionString;

    public void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        var result = RunPgTool("pg_ctl", "stop", "-D", _dataDirectory, "-m", "fast", "-w");
        if (result.Succeeded)
        {
            // Only servers of this data directory use it, and holding the owner lock means none is running now;
            // this also clears sockets that killed servers left behind.
            Directory.Delete(_socketDirectory, recursive: true);
            File.Delete(_portFile);
            _logger.LogInformation("Stopped embedded PostgreSQL on port {Port}", Port);
        }
        else
        {
            // Stop also runs from DisposeAsync; a server that is already gone must not turn disposal into a failure.
            _logger.LogWarning("Stopping embedded PostgreSQL failed: {Result}", result.Describe());
        }

        _ownerLock.Dispose();
    }

    /// <summary>
    /// Takes the server down as an operator would (fast: connections ended, a clean checkpoint) or as a
    /// crash would (immediate: no checkpoint, crash recovery at the next start). For fault testing.
    /// </summary>
    public void Interrupt(bool immediate) =>
        RunPgTool("pg_ctl", "stop", "-D", _dataDirectory, "-m", immediate ? "immediate" : "fast", "-w").ThrowIfFailed();

    /// <summary>Starts an interrupted server again, on the same port, with durable settings.</summary>
    public void Resume() => StartServer(fastButUnsafe: false);

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private static string FindBinDirectory()
    {
        var pathDirectories = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debianDirectories = Directory.Exists(DebianBinariesRoot)
            ? Directory.GetDirectories(DebianBinariesRoot).OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin"))
            : [];
        return pathDirectories.Concat(debianDirectories)
                   .FirstOrDefault(d => RequiredBinaries.All(b => File.Exists(Path.Combine(d, b))))
               ?? throw new PostgresBinariesNotFoundException(
                   $"PostgreSQL server binaries ({string.Join(", ", RequiredBinaries)}) were not found on PATH or in " +
                   $"{DebianBinariesRoot}/*/bin. Install them with 'apt-get install postgresql', or start the " +
                   "database container with 'docker compose up db' and configure its connection string.");
    }

    private static decimal VersionOf(string directory) =>
        decimal.TryParse(Path.GetFileName(directory), NumberStyles.Number, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;

    private static FileStream ClaimOwnership(string dataDirectory)
    {
        var lockFile = dataDirectory + ".lock";
        try
        {
            // The OS releases this lock when its process dies, even by SIGKILL, so a server found running
            // on a directory we could lock was orphaned by an earlier host.
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new EmbeddedPostgresOwnedElsewhereException(dataDirectory, e);
        }
    }

    private static int? LastPort(FileStream ownerLock)
    {
        var text = new StreamReader(ownerLock, leaveOpen: true).ReadToEnd();
        return int.TryParse(text, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Tells other processes where the server listens: the port file beside the data directory, and the lock file for next time.</summary>
    private void Announce()
    {
        File.WriteAllLines(_portFile, [Port.ToString(CultureInfo.InvariantCulture), _passwordFile]);
        _ownerLock.SetLength(0);
        _ownerLock.Write(Encoding.UTF8.GetBytes(Port.ToString(CultureInfo.InvariantCulture)));
        _ownerLock.Flush();
    }

    [UnsupportedOSPlatform("windows")]
    private void PrepareDirectories()
    {
        Directory.CreateDirectory(_socketDirectory);
        if (_asServiceAccount)
        {
            EnsureServiceAccountExists();
            MakeAncestorsTraversable(_dataDirectory);
            // pg_ctl opens the log as the service account, which may not create files in the parent directory.
            File.AppendAllText(_logFile, "");
            Run("chown", ["-R", ServiceAccount, _dataDirectory, _socketDirectory, _logFile]).ThrowIfFailed();
        }

        // postgres refuses a data directory that others can read.
        File.SetUnixFileMode(_dataDirectory, OwnerOnly);
        File.SetUnixFileMode(_socketDirectory, OwnerOnly);
    }

    private static void EnsureServiceAccountExists()
    {
        if (!Run("id", ["-u", ServiceAccount]).Succeeded)
        {
            throw new InvalidOperationException(
                $"PostgreSQL refuses to run as root, so a root host runs it as the '{ServiceAccount}' OS account, " +
                "which does not exist. Install it with 'apt-get install postgresql', or run the host as a non-root user.");
        }
    }

    [UnsupportedOSPlatform("windows")]
    private void MakeAncestorsTraversable(string path)
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            var mode = File.GetUnixFileMode(directory);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                _logger.LogWarning(
                    "Granting o+x on {Directory} so the '{Account}' account can reach {DataDirectory}; " +
                    "prefer a data directory outside private directories such as /root",
                    directory, ServiceAccount, _dataDirectory);
                File.SetUnixFileMode(directory, mode | UnixFileMode.OtherExecute);
            }
        }
    }

    [UnsupportedOSPlatform("windows")]
    private void InitializeClusterIfMissing()
    {
        if (File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            if (File.Exists(_passwordFile))
            {
                Password = File.ReadAllText(_passwordFile).Trim();
            }
            else if (File.ReadAllLines(Path.Combine(_dataDirectory, "pg_hba.conf")).Any(TrustsAnyone))
            {
                Password = NewPassword();
            }
            else
            {
                throw new InvalidOperationException(
                    $"{_passwordFile} is missing, and the cluster in {_dataDirectory} asks for a password: restore the file, " +
                    "or move the data directory away to start with a new, empty cluster.");
            }

            return;
        }

        _logger.LogInformation("Initializing PostgreSQL cluster in {DataDirectory}", _dataDirectory);
        Password = NewPassword();
        // initdb reads the password as the service account, which may not read the owner-only file beside the
        // data directory; the socket directory is the service account's own and no one else's.
        var initialPassword = Path.Combine(_socketDirectory, "initdb.password");
        File.WriteAllText(initialPassword, Password);
        File.SetUnixFileMode(initialPassword, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (_asServiceAccount)
            {
                Run("chown", [ServiceAccount, initialPassword]).ThrowIfFailed();
            }

            RunPgTool("initdb", "-D", _dataDirectory, "-U", Superuser, "--auth=scram-sha-256", $"--pwfile={initialPassword}", "--encoding=UTF8", "--locale=C")
                .ThrowIfFailed();
        }
        finally
        {
            File.Delete(initialPassword);
        }
    }

    /// <summary>
    /// Any local account could connect to a cluster initialised with <c>trust</c> (before passwords were used): its
    /// superuser gets the password of the file beside the data directory, and every rule of pg_hba.conf asks for it.
    /// </summary>
    private void RequirePasswordsIfTrusted()
    {
        var rules = Path.Combine(_dataDirectory, "pg_hba.conf");
        var lines = File.ReadAllLines(rules);
        if (!lines.Any(TrustsAnyone))
        {
            return;
        }

        _logger.LogWarning("Requiring a password for connections to the PostgreSQL cluster in {DataDirectory}, which trusted every local account", _dataDirectory);
        using (var connection = new NpgsqlConnection(ConnectionString()))
        {
            connection.Open();
            using var setPassword = new NpgsqlCommand(
                $"set password_encryption = 'scram-sha-256'; alter role \"{Superuser}\" password '{Password}'", connection);
            setPassword.ExecuteNonQuery();
            // Overwriting keeps the file's owner, the service account.
            File.WriteAllLines(rules, lines.Select(RequirePassword));
            using var reload = new NpgsqlCommand("select pg_reload_conf()", connection);
            reload.ExecuteNonQuery();
        }

        NpgsqlConnection.ClearAllPools();
    }

    private static string RequirePassword(string rule)
    {
        if (!TrustsAnyone(rule))
        {
            return rule;
        }

        var fields = rule.Split('#')[0];
        return fields[..fields.LastIndexOf("trust", StringComparison.Ordinal)] + "scram-sha-256" + rule[fields.Length..];
    }

    private static bool TrustsAnyone(string rule) =>
        rule.Split('#')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 4 } fields && fields[^1] == "trust";

    [UnsupportedOSPlatform("windows")]
    private string NewPassword()
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        File.WriteAllText(_passwordFile, "");
        File.SetUnixFileMode(_passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.WriteAllText(_passwordFile, password);
        return password;
    }

    private void StopOrphanedServer()
    {
        var pidFile = Path.Combine(_dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return;
        }

        var lines = File.ReadAllLines(pidFile);
        if (lines.Length >= 3 && int.TryParse(lines[0], out var pid) && long.TryParse(lines[2], out var startedAt)
            && IsRunningPostmaster(pid, startedAt))
        {
            _logger.LogWarning(
                "Stopping PostgreSQL (pid {Pid}) left running on {DataDirectory} by an earlier host", pid, _dataDirectory);
            RunPgTool("pg_ctl", "stop", "-D", _dataDirectory, "-m", "fast", "-w").ThrowIfFailed();
        }
        else
        {
            // postgres would take a reused pid or an unreaped zombie for a running server. Removing the file is safe:
            // postgres still refuses to start while orphaned children use the shared memory it finds through the
            // data directory's inode.
            _logger.LogWarning("Removing stale {PidFile} left by a PostgreSQL that was killed", pidFile);
            File.Delete(pidFile);
        }
    }

    private static bool IsRunningPostmaster(int pid, long startedAt)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            var startedWithinASecond = Math.Abs(new DateTimeOffset(process.StartTime).ToUnixTimeSeconds() - startedAt) <= 1;
            return startedWithinASecond && !IsZombie(pid);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException)
        {
            return false;
        }
    }

    // A killed postmaster stays a zombie until its parent reaps it, which a container's PID 1 may never do.
    private static bool IsZombie(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        return File.Exists(stat) && File.ReadAllText(stat).Split(')')[^1].TrimStart().StartsWith('Z');
    }

    private void StartServer(bool fastButUnsafe)
    {
        var options = $"-p {Port} -k {_socketDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300";
        if (fastButUnsafe)
        {
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        }

        var result = RunPgTool("pg_ctl", "start", "-w", "-t", "60", "-D", _dataDirectory, "-l", _logFile, "-o", options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{result.Describe()}{Environment.NewLine}{LogTail()}");
        }

        try
        {
            WaitUntilAcceptingConnections();
        }
        catch
        {
            Stop();
            throw;
        }

        _logger.LogInformation(
            "Embedded PostgreSQL listening on 127.0.0.1:{Port} (binaries {BinDirectory}, data {DataDirectory}, log {LogFile})",
            Port, _binDirectory, _dataDirectory, _logFile);
    }

    private void WaitUntilAcceptingConnections()
    {
        var probe = new NpgsqlConnectionStringBuilder(ConnectionString()) { Pooling = false, Timeout = 5 }.ConnectionString;
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var connection = new NpgsqlConnection(probe);
                connection.Open();
                return;
            }
            catch (NpgsqlException e)
            {
                if (elapsed.Elapsed > ReadinessTimeout)
                {
                    throw new InvalidOperationException(
                        $"PostgreSQL on port {Port} did not accept connections within {ReadinessTimeout}." +
                        $"{Environment.NewLine}{LogTail()}", e);
                }

                Thread.Sleep(100);
            }
        }
    }

    private string LogTail() =>
        File.Exists(_logFile)
            ? $"Last lines of {_logFile}:{Environment.NewLine}" +
              string.Join(Environment.NewLine, File.ReadLines(_logFile).TakeLast(20))
            : $"{_logFile} was not written.";

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private ToolResult RunPgTool(string tool, params string[] arguments) =>
        _asServiceAccount
            ? Run("runuser", ["-u", ServiceAccount, "--", Path.Combine(_binDirectory, tool), .. arguments])
            : Run(Path.Combine(_binDirectory, tool), arguments);

    private static ToolResult Run(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The service account may not be allowed to enter the host's working directory.
            WorkingDirectory = "/",
        };
        using var process = new Process { StartInfo = startInfo };
        process.Start();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var command = string.Join(' ', [fileName, .. arguments]);
        return new ToolResult(command, process.ExitCode, (output + error.GetAwaiter().GetResult()).Trim());
    }

    private sealed record ToolResult(string Command, int ExitCode, string Output)
    {
        public bool Succeeded => ExitCode == 0;

        public string Describe() => $"'{Command}' exited with code {ExitCode}:{Environment.NewLine}{Output}";

        public void ThrowIfFailed()
        {
            if (!Succeeded)
            {
                throw new InvalidOperationException(Describe());
            }
        }
    }
}

public sealed class PostgresBinariesNotFoundException(string message) : Exception(message);

public sealed class EmbeddedPostgresOwnedElsewhereException(string dataDirectory, Exception inner)
    : Exception($"{dataDirectory} is used by another running process ({dataDirectory}.lock is locked).", inner)
{
    public string DataDirectory { get; } = dataDirectory;
}
