using GraphQL.Validation;
using GraphQLParser.AST;

namespace Milestone.Api.GraphQL;

/// <summary>A subscription streams events, which a single HTTP response cannot carry: it needs the WebSocket.</summary>
public sealed class SubscriptionsOverWebSocket : ValidationRuleBase
{
    public static readonly SubscriptionsOverWebSocket Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                number: null,
                "Subscriptions run over a WebSocket on this path with the graphql-transport-ws protocol, not over HTTP.",
                context.Operation));
        }

        return default;
    }
}
