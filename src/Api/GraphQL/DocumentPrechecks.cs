using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Checks that run before GraphQL.NET parses and validates a document, over either transport, because
/// both of those can be made to spin for minutes or hours by a small document:
/// <list type="bullet">
/// <item>The parser (GraphQLParser 9) builds a syntax error's message by padding up to the error's column
/// one space at a time, so an error at the end of a megabyte-long line costs minutes: lines are limited to
/// <see cref="DocumentLimits.MaxLineLength"/> (long values belong in variables anyway).</item>
/// <item>The complexity analyzer spreads a fragment afresh wherever it is used, so fragments that each use
/// the next twice cost 2^n steps: the fields selected once fragments are spread, counted here once per
/// fragment, are limited to <see cref="DocumentLimits.MaxSpreadSelections"/>.</item>
/// </list>
/// The document parsed here is handed on, so it is parsed once.
/// </summary>
public static class DocumentPrechecks
{
    public static Task<ExecutionResult> RefuseAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var longestLine = LongestLine(options.Query);
        if (longestLine > DocumentLimits.MaxLineLength)
        {
            return Refused($"A line of the document is {longestLine} characters long; at most {DocumentLimits.MaxLineLength} are allowed. Send long values as variables.");
        }

        if (options.Document is null && options.Query is { } query)
        {
            try
            {
                options.Document = options.RequestServices!.GetRequiredService<IDocumentBuilder>().Build(query);
            }
            catch (GraphQLParserException)
            {
                // The executer parses it again and reports the error as it always does.
                return next(options);
            }
        }

        return options.Document is not null && new SpreadCount(options.Document).Largest() > DocumentLimits.MaxSpreadSelections
            ? Refused($"The document selects more than {DocumentLimits.MaxSpreadSelections} fields once its fragments are spread.")
            : next(options);
    }

    private static Task<ExecutionResult> Refused(string message) =>
        Task.FromResult(new ExecutionResult { Errors = [new CodedError(ErrorCodes.BadRequest, message)] });

    private static int LongestLine(string? document)
    {
        var longest = 0;
        var current = 0;
        foreach (var character in document ?? string.Empty)
        {
            current = character is '\n' or '\r' ? 0 : current + 1;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private sealed class SpreadCount(GraphQLDocument document)
    {
        private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());

        private readonly Dictionary<string, long> _spread = [];
        private readonly HashSet<string> _spreading = [];

        /// <summary>The most fields any operation or fragment selects with its fragments spread, counted up to just past the limit.</summary>
        public long Largest() => document.Definitions.Select(definition => definition switch
        {
            GraphQLOperationDefinition operation => Count(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => Spread(fragment.FragmentName.Name.StringValue),
            _ => 0,
        }).DefaultIfEmpty().Max();

        private long Count(GraphQLSelectionSet? selectionSet)
        {
            long count = 0;
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                count += selection switch
                {
                    GraphQLField field => 1 + Count(field.SelectionSet),
                    GraphQLInlineFragment inline => Count(inline.SelectionSet),
                    GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                    _ => 0,
                };
                if (count > DocumentLimits.MaxSpreadSelections)
                {
                    break;
                }
            }

            return count;
        }

        // A fragment that spreads itself adds nothing more here; validation reports the cycle.
        private long Spread(string name)
        {
            if (_spread.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!_fragments.TryGetValue(name, out var fragment) || !_spreading.Add(name))
            {
                return 0;
            }

            var count = Count(fragment.SelectionSet);
            _spreading.Remove(name);
            return _spread[name] = count;
        }
    }
}
