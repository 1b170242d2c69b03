using System.Text.RegularExpressions;
using Milestone.Api.Insights;
using Milestone.Api.Reports;
using Milestone.Projections.Organisations;

namespace Milestone.Host.Commands;

public sealed class ReportsInput : TenantInput
{
    [Description("Which report: qbr")]
    public string Report { get; set; } = string.Empty;

    [Description("The quarter, as yyyy-Qn")]
    [FlagAlias("quarter", 'q')]
    public string QuarterFlag { get; set; } = string.Empty;

    [Description("The directory to write into (created if missing)")]
    [FlagAlias("output", 'o')]
    public string OutputFlag { get; set; } = ".";
}

[Description("Writes reports for every client: 'reports qbr --quarter 2026-Q4 --output dir' writes each client's review page and CSV pack.", Name = "reports")]
public sealed partial class ReportsCommand : MilestoneCommand<ReportsInput>
{
    protected override async Task<bool> RunAsync(ReportsInput input)
    {
        if (!input.Report.Equals("qbr", StringComparison.OrdinalIgnoreCase) || InsightScope.Quarter(input.QuarterFlag) is null)
        {
            Console.Error.WriteLine("Usage: reports qbr --quarter 2026-Q4 [--output dir] [--tenant id]");
            return false;
        }

        // Built, not started: the reports read the reporting tables, and a started host would listen on a port
        // and join the cluster as a node.
        using var host = input.BuildHost();
        if (input.SomeTenants(host.Services) is not { } tenants)
        {
            return false;
        }

        foreach (var tenant in tenants)
        {
            // Where tenants are kept apart, each tenant's reviews go into a directory of its own.
            var output = host.Services.GetRequiredService<TenantDirectory>().KeepsTenantsApart ? Path.Combine(input.OutputFlag, tenant) : input.OutputFlag;
            await WriteReviewsAsync(host.Services, tenant, input.QuarterFlag, output);
        }

        return true;
    }

    private static async Task WriteReviewsAsync(IServiceProvider services, string tenant, string quarter, string output)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Enter(tenant);
        var sql = scope.ServiceProvider.GetRequiredService<ReportingSql>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        Directory.CreateDirectory(output);
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession(tenant);
        foreach (var client in await session.Query<ClientOrganisationDetails>().OrderBy(client => client.Name).ToListAsync())
        {
            var review = await QuarterlyReview.ForAsync(sql, client, quarter, now, CancellationToken.None);
            var stem = Path.Combine(output, $"{Slug(client.Name)}-{client.Id:N}-{review.Quarter}");
            await File.WriteAllTextAsync(stem + ".html", QuarterlyReviewPage.Render(review));
            await File.WriteAllBytesAsync(stem + ".zip", QuarterlyReviewCsv.Pack(review));
            Console.WriteLine($"{client.Name}: {stem}.html, {stem}.zip");
        }
    }

    private static string Slug(string name) => NotSlug().Replace(name.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
