using GraphQL.Types;
using Milestone.Api.Requests;

namespace Milestone.Api.GraphQL;

public sealed class MilestoneMutation : ObjectGraphType
{
    public MilestoneMutation()
    {
        Name = "Mutation";
        this.AddRequestMutations();
    }
}
