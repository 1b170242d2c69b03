namespace Milestone.Api.GraphQL;

/// <summary>An enumeration type declared in one line: its GraphQL name where the C# enum's would not do, and what its values mean.</summary>
public abstract class EnumGraphType<TEnum> : EnumerationGraphType<TEnum> where TEnum : Enum
{
    protected EnumGraphType(string? name = null, string? description = null)
    {
        if (name is not null)
        {
            Name = name;
        }

        if (description is not null)
        {
            Description = description;
        }
    }
}
