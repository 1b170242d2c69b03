using System.Linq.Expressions;

namespace Milestone.Api.Nodes;

/// <summary>An object type that is a <see cref="NodeInterface"/>: its id is the one node(id) finds it by again.</summary>
public abstract class NodeGraphType<TSource> : ObjectGraphType<TSource>
{
    protected NodeGraphType(string name, string description, Expression<Func<TSource, Guid>> id)
    {
        Name = name;
        Description = description;
        Interface<NodeInterface>();
        Field(id, type: typeof(NonNullGraphType<IdGraphType>));
    }
}
