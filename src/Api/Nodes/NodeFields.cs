namespace Milestone.Api.Nodes;

public static class NodeFields
{
    public const int MaxIds = 100;

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Whatever has this id, if the caller may see it; null when nothing does or it is not theirs to see, alike.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => NodeLookup.Find(context, [context.GetArgument<string>("id")]).Then(found => found[0]));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"What each id names, in the order of the ids, as node(id) would answer it; at most {MaxIds} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve(context =>
            {
                var ids = context.GetArgument<string[]>("ids");
                return ids.Length > MaxIds
                    ? throw Refusals.Invalid("ids", $"Ask for at most {MaxIds} ids at once.")
                    : NodeLookup.Find(context, ids);
            });
    }
}
