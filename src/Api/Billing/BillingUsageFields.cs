using Milestone.Domain.Billing;
using Milestone.Projections.Requests;
using Milestone.Projections.Worklogs;

namespace Milestone.Api.Billing;

/// <summary>The Billing tab's "hours by service" and "usage metrics" for a date range.</summary>
public static class BillingUsageFields
{
    public static void AddBillingUsageQuery(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<BillingUsageType>>("billingUsage")
            .Description("Time logged for a client from 'from' to 'to' (inclusive, at most 366 days) by the day the work was done: totals, by service and by month. "
                + "For staff who work with the client and its administrators.")
            .Argument<NonNullGraphType<IdGraphType>>("clientId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .PermittedTo(caller => caller.IsStaff || caller.Role == Role.ClientAdmin, "see the client's billing")
            .ResolveAsync(async context =>
            {
                var (from, to) = (context.GetArgument<DateOnly>("from"), context.GetArgument<DateOnly>("to"));
                BillingUsage.RequireRange(from, to);
                var clientId = await context.VisibleClientIdAsync(context.Caller(), context.GetArgument<string>("clientId"));
                await using var session = context.OpenQuerySession();
                var worklogs = await session.Query<WorklogView>()
                    .Where(worklog => worklog.ClientId == clientId && worklog.WorkDate >= from && worklog.WorkDate <= to && worklog.DeletedAt == null)
                    .ToListAsync(context.CancellationToken);
                var requests = await session.LoadManyAsync<RequestDetails>(context.CancellationToken, worklogs.Select(worklog => worklog.RequestId).Distinct());
                var categories = requests.ToDictionary(request => request.Id, request => request.Category);
                return BillingUsage.For(
                    worklogs.Select(worklog => new UsedTime(worklog.RequestId, categories.GetValueOrDefault(worklog.RequestId), worklog.WorkDate, worklog.Minutes, worklog.Billable)),
                    from,
                    to);
            });
    }
}

public sealed class BillingUsageType : ObjectGraphType<BillingUsage>
{
    public BillingUsageType()
    {
        Name = "BillingUsage";
        Description = "Time logged for a client over a range, as logged (what the bank drew, rounded to its increment, is hourBankUsage).";
        Field(usage => usage.From);
        Field(usage => usage.To);
        Field(usage => usage.LoggedMinutes);
        Field(usage => usage.BillableMinutes);
        Field(usage => usage.NonBillableMinutes);
        Field(usage => usage.Worklogs);
        Field(usage => usage.Requests).Description("Requests worked on.");
        Field(usage => usage.ByService, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ServiceUsageType>>>)).Description("Most time first.").ListSize(20);
        Field(usage => usage.ByMonth, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<MonthUsageType>>>)).Description("Every month of the range, in order.").ListSize(13);
    }
}

public sealed class ServiceUsageType : ObjectGraphType<ServiceUsage>
{
    public ServiceUsageType()
    {
        Name = "ServiceUsage";
        Field(service => service.Service, nullable: true).Description("The request category; null for requests without one.");
        Field(service => service.LoggedMinutes);
        Field(service => service.BillableMinutes);
        Field(service => service.Worklogs);
        Field(service => service.Requests);
    }
}

public sealed class MonthUsageType : ObjectGraphType<MonthUsage>
{
    public MonthUsageType()
    {
        Name = "MonthUsage";
        Field(month => month.Month).Description("The month's first day.");
        Field(month => month.LoggedMinutes);
        Field(month => month.BillableMinutes);
        Field(month => month.Worklogs);
    }
}
