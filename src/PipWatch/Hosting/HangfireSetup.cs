using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using PipWatch.Configuration.Settings;
using PipWatch.Jobs;

namespace PipWatch.Hosting;

/// <summary>
/// Hangfire on PostgreSQL (its own schema) when PipWatch's state is there, so replicas share recurring jobs and
/// locks; in memory otherwise (a single instance on the embedded storage).
/// </summary>
public static class HangfireSetup
{
    public static IServiceCollection AddPipWatchHangfire(this IServiceCollection services, StorageSettings storage, string? postgresConnectionString)
    {
        // The storage and the job activator belong to this host's container, not to Hangfire's process-wide statics:
        // Hangfire only falls back to JobStorage.Current and JobActivator.Current when none is registered, and a
        // second host in the process (a test, a tool) would otherwise run this host's jobs with its own services.
        services.AddSingleton<JobStorage>(_ => postgresConnectionString is null
            ? new InMemoryStorage()
            : PostgresStorage(postgresConnectionString, storage.HangfireSchema));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(options =>
        {
            options.WorkerCount = 4;

            // Inside the pod's termination grace period, so jobs are handed back rather than killed.
            options.ShutdownTimeout = TimeSpan.FromSeconds(30);
        });
        return services;
    }

    private static PostgreSqlStorage PostgresStorage(string connectionString, string schema)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = schema,

            // `pipwatch migrate` installs the schema once, so replicas never race to create it.
            PrepareSchemaIfNecessary = false,

            // A long poll must not be handed to a second worker after the fixed 30-minute default.
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromSeconds(5),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    /// <summary>Installs or upgrades Hangfire's tables in their own schema, one process at a time.</summary>
    public static async Task InstallPostgresSchemaAsync(string connectionString, string schema, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('pipwatch-hangfire-schema'))", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            PostgreSqlObjectsInstaller.Install(connection, schema);
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('pipwatch-hangfire-schema'))", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>The recurring jobs with explicit ids and the crons from pipwatch.yaml (UTC).</summary>
    public static void RegisterRecurringJobs(IRecurringJobManager jobs, ScheduleSettings schedules)
    {
        var options = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        jobs.AddOrUpdate<PollAndEvaluateJob>(PollAndEvaluateJob.Id, job => job.RunAsync(CancellationToken.None), schedules.PollCron, options);
        jobs.AddOrUpdate<PlanNotificationsJob>(PlanNotificationsJob.Id, job => job.RunAsync(CancellationToken.None), schedules.PlanCron, options);
        jobs.AddOrUpdate<DeliverOutboxJob>(DeliverOutboxJob.Id, job => job.RunAsync(CancellationToken.None), schedules.DeliverCron, options);
    }
}
