using GraphQL.Validation;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Keeps password and token guessing at one attempt per HTTP call: the mutations that hand out
/// credentials may be neither batched nor multiplexed on a WebSocket.
/// </summary>
public sealed class CredentialFieldsOverHttpAlone(string refusal) : ValidationRuleBase
{
    public static readonly CredentialFieldsOverHttpAlone InBatch = new("{0} cannot be sent in a batch; send it on its own.");

    public static readonly CredentialFieldsOverHttpAlone OverWebSocket = new("{0} cannot be sent over a WebSocket; send it with an HTTP POST.");

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var field in context.Operation.SelectionSet.Selections.OfType<GraphQLField>())
        {
            if (SessionMutations.Unbatchable.Contains(field.Name.StringValue))
            {
                context.ReportError(new ValidationError(context.Document.Source, number: null, string.Format(refusal, field.Name.StringValue), field));
            }
        }

        return default;
    }
}
