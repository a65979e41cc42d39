using Microsoft.Extensions.DependencyInjection.Extensions;
using PipWatch.Configuration.Secrets;
using PipWatch.Configuration.Settings;
using PipWatch.Notifications.Content;
using PipWatch.Notifications.Delivery;
using PipWatch.Notifications.Mime;
using PipWatch.Notifications.Templates;
using PipWatch.Pipeline;
using PipWatch.Salesforce;
using PipWatch.Salesforce.Auth;
using PipWatch.Sources;
using PipWatch.Storage;
using PipWatch.Telemetry;

namespace PipWatch.Hosting;

public static class PipWatchServices
{
    /// <summary>
    /// Registers the pipeline on the startup settings: storage, mail, templates and the steps. Secrets are read here,
    /// once, from their environment variables or files. The org source is the caller's choice (Salesforce or demo).
    /// </summary>
    public static IServiceCollection AddPipWatchPipeline(
        this IServiceCollection services, PipWatchSettings settings, string configDirectory, IReadOnlyDictionary<string, string?> environment)
    {
        var secrets = new SecretResolver(environment);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<PipWatchMetrics>();
        services.TryAddSingleton<OutboxBacklog>();
        services.AddSingleton(sp => new ConfigurationSource(configDirectory, environment, sp.GetRequiredService<ILogger<ConfigurationSource>>()));
        services.AddPipWatchStorage(settings.Storage, settings.Storage.PostgresConnectionString is { } database ? secrets.Resolve(database) : null);
        services.TryAddSingleton<IMailSender>(sp => settings.Email.Smtp is { } smtp
            ? new SmtpMailSender(smtp, smtp.Password is { } password ? secrets.Resolve(password) : null, sp.GetRequiredService<ILogger<SmtpMailSender>>())
            : new PickupFolderSender(settings.Email.PickupFolder, sp.GetRequiredService<ILogger<PickupFolderSender>>()));
        services.AddSingleton(sp => TemplateCatalog.Load(configDirectory, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TemplateCatalog>>()));
        services.AddSingleton<EmailComposer>();
        services.AddSingleton<MimeMessageBuilder>();
        services.AddSingleton<NotificationRenderer>();
        services.AddSingleton<PlanResolver>();
        services.AddSingleton<PollStep>();
        services.AddSingleton<EvaluationStep>();
        services.AddSingleton<PlanStep>();
        services.AddSingleton<PlanFileAudit>();
        services.AddSingleton<DeliveryStep>();
        services.AddSingleton<Cycle>();
        return services;
    }

    /// <summary>The real org: the Salesforce connector with the credentials the settings reference.</summary>
    public static IServiceCollection AddSalesforceSource(
        this IServiceCollection services, PipWatchSettings settings, IReadOnlyDictionary<string, string?> environment)
    {
        var secrets = new SecretResolver(environment);
        services.AddSalesforce(settings.Salesforce, SalesforceCredentials.Resolve(settings.Salesforce, secrets.Resolve));
        services.TryAddSingleton<IOrgSource, SalesforceOrgSource>();
        return services;
    }
}
