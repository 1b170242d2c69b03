namespace Milestone.Api.Nodes;

/// <summary>Relay's Global Object Identification: anything with an id that node(id) finds again (decision 0036).</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Something with an id that node(id) and nodes(ids) find again. Ids are the same UUIDs every other field shows.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}
