using FluentValidation;
using FluentValidation.Results;

namespace Milestone.Api.Validation;

public static class CommandValidation
{
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
