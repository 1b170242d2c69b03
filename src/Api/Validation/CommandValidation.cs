using FluentValidation;
using FluentValidation.Results;

namespace Milestone.Api.Validation;

public static class CommandValidation
{
    /// <summary>
    /// Messages name fields as a GraphQL client wrote them (<c>title</c>, not <c>'Title'</c>): commands
    /// are the GraphQL contract, and their properties are the fields in camel case.
    /// </summary>
    public static void NameFieldsAsGraphQLDoes() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : FieldName(member.Name);

    public static string FieldName(string propertyName) =>
        string.IsNullOrEmpty(propertyName) ? propertyName : char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    public static async Task ValidateAsync<T>(IEnumerable<IValidator<T>> validators, T command)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(command);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
