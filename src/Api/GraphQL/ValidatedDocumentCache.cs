using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Keeps the documents that passed the checks that depend on the document alone (<see cref="DocumentPrechecks"/>,
/// the specification's rules, <see cref="AliasAndRootFieldLimits"/>, <see cref="CredentialFieldsAlone"/>), keyed by
/// their text and operation name: apps send the same few documents again and again, and parsing and validating one
/// costs more than most of its resolvers do. A document found here is checked again only by the rules that depend
/// on the call: who asks, over which transport, with which variables (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>).
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>Bounds the memory the cache holds, measured in characters of document text.</summary>
    public const long MaxCachedCharacters = 8 * 1024 * 1024;

    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    private readonly MemoryCache _documents = new(new MemoryCacheOptions { SizeLimit = MaxCachedCharacters });

    /// <summary>After the options are configured (the validation rules included), like GraphQL.NET's own cache.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options is not { Query: { } query, Document: null })
        {
            return await DocumentPrechecks.RefuseAsync(options, next);
        }

        var key = new DocumentKey(query, options.OperationName);
        if (_documents.TryGetValue(key, out GraphQLDocument? validated))
        {
            options.Document = validated;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options);
        }

        var result = await DocumentPrechecks.RefuseAsync(options, next);
        if (result is { Executed: true, Document: { } document })
        {
            _documents.Set(key, document, new MemoryCacheEntryOptions { Size = query.Length, SlidingExpiration = Unused });
        }

        return result;
    }

    public void Dispose() => _documents.Dispose();

    private sealed record DocumentKey(string Query, string? OperationName);
}
