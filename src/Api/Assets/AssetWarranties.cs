namespace Milestone.Api.Assets;

public static class AssetWarranties
{
    public const int SoonDays = 30;

    /// <summary>Today in the client's time zone, which warranty dates are read in.</summary>
    public static async Task<DateOnly> ClientTodayAsync(this IResolveFieldContext context, Guid clientId)
    {
        var client = await context.LoadAsync<ClientOrganisationDetails>(clientId);
        return new BankCalendar(client?.TimeZone ?? "Etc/UTC").Today(context.Now());
    }

    /// <summary>The client's assets in service or in repair whose warranty ends within <see cref="SoonDays"/> days of <paramref name="today"/>.</summary>
    public static async Task<int> EndingSoonAsync(this IQuerySession session, Guid clientId, DateOnly today, CancellationToken cancellation)
    {
        var assets = await session.Query<Asset>()
            .Where(asset => asset.ClientId == clientId && asset.Status != AssetStatus.Retired)
            .ToListAsync(cancellation);
        return assets.Count(asset => asset.WarrantyEndsWithin(today, SoonDays));
    }
}
