using GraphQL.Types;
using Milestone.Api.Requests;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneQuery : ObjectGraphType
{
    public MilestoneQuery()
    {
        Name = "Query";
        this.AddRequestQueries();
    }
}
