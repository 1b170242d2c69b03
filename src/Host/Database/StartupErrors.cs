namespace Milestone.Host.Database;

public static class StartupErrors
{
    public const int MissingPostgresExitCode = 3;

    /// <summary>Turns "no PostgreSQL here" into one line that says what to install, not a stack trace.</summary>
    public static MartenDatabase ExitOnMissingPostgres(Func<MartenDatabase> resolve)
    {
        try
        {
            return resolve();
        }
        catch (PostgresBinariesNotFoundException missing)
        {
            Console.Error.WriteLine(missing.Message);
            Environment.Exit(MissingPostgresExitCode);
            throw;
        }
    }
}
