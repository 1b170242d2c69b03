using GraphQL.Builders;
using GraphQL.Resolvers;

namespace Milestone.Api.GraphQL;

/// <summary>
/// Who may use a field that decides nothing (a read, or a call out to another system), declared beside the field and
/// checked before its resolver runs, so that resolvers only read. Commands are refused by their decisions instead (decision 0037).
/// </summary>
public static class ReadPermissions
{
    private const string Key = "milestone:permitted-to";

    /// <summary>Only callers <paramref name="may"/> admits get past this field; others are told their role may not <paramref name="what"/>.</summary>
    public static FieldBuilder<TSource, TReturn> PermittedTo<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<Caller, bool> may, string what)
    {
        field.FieldType.Metadata[Key] = new Permission(may, what);
        return field;
    }

    /// <summary>Puts the check in front of the resolver of every field of <paramref name="type"/> that declares one.</summary>
    public static void Enforce(IGraphType type)
    {
        if (type is not IComplexGraphType complex)
        {
            return;
        }

        foreach (var field in complex.Fields)
        {
            if (field.GetMetadata<Permission?>(Key) is { } permission && field.Resolver is { } resolver)
            {
                field.Resolver = new FuncFieldResolver<object>(context =>
                {
                    if (!permission.May(context.Caller()))
                    {
                        throw Refusals.Forbidden(permission.What);
                    }

                    return resolver.ResolveAsync(context);
                });
            }
        }
    }

    private sealed record Permission(Func<Caller, bool> May, string What);
}
