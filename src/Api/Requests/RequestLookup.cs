namespace Milestone.Api.Requests;

public static class RequestLookup
{
    /// <summary>The request named by an id argument, if the caller may see it; NOT_FOUND otherwise, as for an id that does not exist.</summary>
    public static async Task<RequestDetails> VisibleRequestAsync(this IResolveFieldContext context, Caller caller, string argument = "requestId")
    {
        var id = context.GuidArgument(argument);
        await using var session = context.OpenQuerySession();
        return await session.RequestsVisibleTo(caller).FirstOrDefaultAsync(request => request.Id == id, context.CancellationToken)
            ?? throw Refusals.NotFound("request");
    }
}
