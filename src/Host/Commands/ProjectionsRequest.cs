namespace Milestone.Host.Commands;

/// <summary>What <c>projections</c> was asked: a listing, or the rebuild of one projection (or <c>all</c>).</summary>
public sealed record ProjectionsRequest(string? Rebuild, bool WhileServing, string? Tenant)
{
    public static bool TryParse(string[] words, out ProjectionsRequest request)
    {
        request = new ProjectionsRequest(null, false, null);
        var queue = new Queue<string>(words);
        if (queue.TryPeek(out var first) && first == "rebuild")
        {
            queue.Dequeue();
            if (!queue.TryDequeue(out var name) || name.StartsWith('-'))
            {
                return false;
            }

            request = request with { Rebuild = name };
        }

        while (queue.TryDequeue(out var word))
        {
            switch (word)
            {
                case "--while-serving" when request.Rebuild is not null:
                    request = request with { WhileServing = true };
                    break;
                case "--tenant" or "-t" when queue.TryDequeue(out var tenant):
                    request = request with { Tenant = tenant };
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
