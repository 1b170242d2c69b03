using FluentValidation;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Milestone.Api.GraphQL;
using Milestone.Api.Identity;
using Milestone.Api.Validation;
using Wolverine;

namespace Milestone.Api;

public static class Configuration
{
    public static IServiceCollection AddMilestoneApi(this IServiceCollection services)
    {
        services.AddSingleton<ActingPartyResolver>();
        services.AddSingleton<ExceptionTranslation>();
        services.AddValidatorsFromAssemblyContaining<ExceptionTranslation>(ServiceLifetime.Singleton);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<MilestoneSchema>()
            .AddGraphTypes(typeof(MilestoneSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .AddComplexityAnalyzer(limits =>
            {
                limits.MaxDepth = DocumentLimits.MaxDepth;
                limits.MaxComplexity = DocumentLimits.MaxComplexity;
            })
            .AddValidationRule<AliasAndRootFieldLimits>()
            .AddUnhandledExceptionHandler((context, options) =>
                options.RequestServices!.GetRequiredService<ExceptionTranslation>().TranslateAsync(context)));
        return services;
    }

    public static WolverineOptions UseMilestoneCommands(this WolverineOptions options)
    {
        options.Discovery.IncludeAssembly(typeof(Configuration).Assembly);
        options.Policies.Add<CommandValidationPolicy>();
        return options;
    }
}
