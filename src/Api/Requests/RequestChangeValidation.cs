using FluentValidation;

namespace Milestone.Api.Requests;

public static class RequestChangeValidation
{
    public const int ReasonMaxLength = 2_000;

    public static IRuleBuilderOptions<T, string?> IsAReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage("Give a reason.").MaximumLength(ReasonMaxLength);
}
