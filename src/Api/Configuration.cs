using FluentValidation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Milestone.Api.Billing;
using Milestone.Api.GraphQL.Transport;
using Milestone.Api.Jira;
using Milestone.Api.Live;
using Milestone.Api.Notifications;
using Milestone.Api.PortalLinks;
using Milestone.Api.Reports;
using Milestone.Api.Validation;
using Wolverine.Persistence;

namespace Milestone.Api;

public static class Configuration
{
    public static IServiceCollection AddMilestoneApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CurrentTenant>();
        services.AddSingleton<ExceptionTranslation>();
        services.AddValidatorsFromAssemblyContaining<ExceptionTranslation>(ServiceLifetime.Singleton);
        CommandValidation.NameFieldsAsGraphQLDoes();
        services.Configure<PortalSettings>(configuration.GetSection(PortalSettings.Section));
        services.AddSingleton<EmailLinks>();
        services.Configure<ReportLinkSettings>(configuration.GetSection(ReportLinkSettings.Section));
        services.Configure<RequestSettings>(configuration.GetSection(RequestSettings.Section));
        services.Configure<AttachmentSettings>(configuration.GetSection(AttachmentSettings.Section));
        services.TryAddSingleton<IAttachmentScanner, UnscannedAttachments>();
        services.Configure<GraphQLWebSocketSettings>(configuration.GetSection(GraphQLWebSocketSettings.Section));
        services.Configure<JiraSettings>(configuration.GetSection(JiraSettings.Section));
        services.Configure<PaymentSettings>(configuration.GetSection(PaymentSettings.Section));
        services.Configure<BillingSettings>(configuration.GetSection(BillingSettings.Section));
        services.Configure<KnowledgeBase.KnowledgeBaseSettings>(configuration.GetSection(KnowledgeBase.KnowledgeBaseSettings.Section));
        services.AddHttpClient(JiraClient.HttpClientName);
        services.AddHttpClient(StripeCheckout.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<StripeCheckout>();
        services.AddSingleton<IPaymentCheckout>(provider => provider.GetRequiredService<StripeCheckout>() is { IsAvailable: true } stripe ? stripe : new NoCheckout());
        services.AddSingleton<JiraClient>();
        services.AddHostedService<StartJiraReconciliation>();
        services.AddHostedService<SchemaWarmUp>();
        services.AddSingleton<RequestChangeFeed>();
        services.AddSingleton<ChangeAnnouncements>();
        services.AddHostedService<NodeChangeRelay>();
        services.AddSingleton<NotificationFeed>();
        services.AddHostedService<NotificationRelay>();
        services.AddOptions<InsightSettings>().Bind(configuration.GetSection(InsightSettings.Section))
            .Validate(settings => InsightZones.IsKnown(settings.TimeZone), $"{InsightSettings.Section}:TimeZone must be an IANA time zone such as Europe/London.")
            .ValidateOnStart();
        services.AddScoped<InsightZones>();
        services.AddScoped<ReportingSql>();
        services.AddScoped<SlaComplianceSql>();
        services.AddScoped<ReportingLag>();
        services.AddSingleton<IConfigureMarten, PublishRequestChanges>();
        services.AddSingleton<CallerCache>();
        services.AddHostedService<AccessChangeListener>();
        services.AddSingleton<IConfigureMarten, NoticeAccessChanges>();
        services.AddMilestoneIdentity();
        services.AddMilestoneAuthentication(configuration);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<MilestoneSchema>()
            .AddGraphTypes(typeof(MilestoneSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<CodedErrorInfoProvider>()
            .ConfigureExecution<ValidatedDocumentCache>()
            .AddValidationRule(new IntrospectionExemptFromComplexity(CostModel.Options()), useForCachedDocuments: true)
            .AddValidationRule<AliasAndRootFieldLimits>()
            .AddValidationRule<CredentialFieldsAlone>()
            .AddUnhandledExceptionHandler((context, options) =>
                options.RequestServices!.GetRequiredService<ExceptionTranslation>().TranslateAsync(context)));
        return services;
    }

    /// <summary>The documents the API keeps beside the event store: credentials, sessions, invitation and password reset tokens.</summary>
    public static StoreOptions AddApiDocuments(this StoreOptions options)
    {
        // Two commands changing one person's credentials at once (sign-ins presenting the same code, wrong passwords
        // counting towards lockout) must not both commit what they decided on the same starting point.
        options.Schema.For<Credentials>().UniqueIndex(credentials => credentials.NormalizedEmail).UseOptimisticConcurrency(true);
        options.Schema.For<SignInSession>().Index(session => session.PersonId);
        options.Schema.For<RefreshToken>().Identity(token => token.Id).UseOptimisticConcurrency(true).Index(token => token.SessionId);
        options.Schema.For<InvitationToken>().UniqueIndex(token => token.TokenHash);
        options.Schema.For<PasswordResetToken>().UniqueIndex(token => token.TokenHash);
        options.Schema.For<EmailVerificationToken>().UniqueIndex(token => token.TokenHash);
        options.Schema.For<JiraIssueIndex>().Index(index => index.RequestId);
        options.Schema.For<JiraSubtaskIndex>().Index(index => index.WorkItemId);
        options.Schema.For<JiraWorklogSeen>().Index(seen => seen.IssueId);
        options.Schema.For<JiraCorrection>().Index(correction => correction.At);

        // Registered so that start-up creates their tables in every database: a table first made on first use is
        // made by whichever node and session get there first, and two at once fail one caller's command.
        options.Schema.For<SubmissionKey>();
        options.Schema.For<AttachmentContent>();
        options.Schema.For<JiraConnection>();
        options.Schema.For<JiraClientMapping>();
        options.Schema.For<JiraAccountLink>();
        options.Schema.For<JiraSyncAccount>();
        options.Schema.For<JiraDelivery>();
        options.Schema.For<JiraIssueSeen>();
        options.Schema.For<JiraCommentSeen>();
        options.Schema.For<JiraIssueMovedByMilestone>();
        options.Schema.For<JiraReconciliation>();
        options.Schema.For<UnappliedProviderPayment>().Index(payment => payment.ClientId);
        return options;
    }

    public static WolverineOptions UseMilestoneCommands(this WolverineOptions options, TimeSpan[]? outageRetrySchedule = null)
    {
        options.Discovery.IncludeAssembly(typeof(Configuration).Assembly);

        // A command naming a stream or document that does not exist fails like any refusal (NOT_FOUND), rather than
        // stopping quietly with nothing written and nothing said.
        options.EntityDefaults.OnMissing = OnMissing.ThrowException;
        options.Policies.Add<CommandValidationPolicy>();
        options.Policies.Add<CommandActorPolicy>();
        options.Policies.Add<CommandFailureLogPolicy>();
        return options.RetryDatabaseOutagesDurably(outageRetrySchedule);
    }
}
