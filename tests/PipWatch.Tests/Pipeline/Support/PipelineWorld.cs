using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PipWatch.Configuration.Settings;
using PipWatch.Hosting;
using PipWatch.Pipeline;
using PipWatch.Storage.Migrations;
using PipWatch.Testing;
using PipWatch.Testing.Salesforce;

namespace PipWatch.Tests.Pipeline.Support;

/// <summary>
/// Everything a pipwatch run touches, real and on loopback: a config folder written for the test, the fake Salesforce
/// holding the org, the SMTP test server, and a SQLite file or a fresh PostgreSQL database. The pipeline runs in this
/// process through <see cref="CommandServices"/>, or the same folder and environment go to a pipwatch process.
/// </summary>
public sealed class PipelineWorld : IAsyncDisposable
{
    /// <summary>Holds the PEM key of the JWT bearer sign-in (the fake checks every assertion's signature with it).</summary>
    public const string KeyVariable = "PIPWATCH_E2E_SALESFORCE_KEY";

    /// <summary>Holds the PostgreSQL connection string, which the config references as a secret.</summary>
    public const string DatabaseVariable = "PIPWATCH_E2E_DATABASE";

    private readonly TempDirectory _folder;
    private readonly RSA _key;
    private readonly Dictionary<string, string?> _environment;

    private PipelineWorld(
        TempDirectory folder, RSA key, StorageKind storage, string? database, SmtpTestServer smtp, FakeSalesforce salesforce, LoopbackCertificates? certificates)
    {
        _folder = folder;
        _key = key;
        Storage = storage;
        Smtp = smtp;
        Salesforce = salesforce;
        Certificates = certificates;
        PostgresConnectionString = database;
        _environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [KeyVariable] = key.ExportPkcs8PrivateKeyPem(),
        };
        if (database is not null)
        {
            _environment[DatabaseVariable] = database;
        }

        Directory.CreateDirectory(PipsDirectory);
    }

    public StorageKind Storage { get; }

    public SmtpTestServer Smtp { get; }

    public FakeSalesforce Salesforce { get; }

    public FakeOrg Org => Salesforce.Org;

    /// <summary>Set when the fake serves HTTPS, as a pipwatch process needs (its config only accepts an https login URL).</summary>
    public LoopbackCertificates? Certificates { get; }

    public string? PostgresConnectionString { get; }

    public string Folder => _folder.Path;

    public string ConfigDirectory => Path.Combine(Folder, "config");

    public string PipsDirectory => Path.Combine(ConfigDirectory, "pips");

    public string SqlitePath => Path.Combine(Folder, "state", "pipwatch.db");

    /// <summary>The variables the config's secrets come from, for <see cref="CommandServices"/> and <c>Cli.InvokeAsync</c>.</summary>
    public IReadOnlyDictionary<string, string?> Environment => _environment;

    /// <summary>
    /// Starts the servers, creates the database when on PostgreSQL and writes pipwatch.yaml.
    /// </summary>
    /// <param name="https">Serve the fake Salesforce over HTTPS for pipwatch processes (see <see cref="ChildEnvironment"/>).</param>
    public static async Task<PipelineWorld> StartAsync(
        StorageKind storage, CancellationToken cancellationToken, WorldOptions? options = null, bool https = false)
    {
        var folder = new TempDirectory();
        var certificates = https ? LoopbackCertificates.Create(folder.Path) : null;
        var key = RSA.Create(2048);
        var database = storage == StorageKind.Postgres ? await TestPostgres.CreateDatabaseAsync("e2e", cancellationToken) : null;
        var salesforce = await FakeSalesforce.StartAsync(certificate: certificates?.Server);
        salesforce.JwtPublicKey = key;
        var world = new PipelineWorld(folder, key, storage, database, SmtpTestServer.Start(), salesforce, certificates);
        world.WriteSettings(options ?? new WorldOptions());
        return world;
    }

    /// <summary>The environment of a pipwatch process: the secrets, and trust in the fake's certificate authority.</summary>
    public IDictionary<string, string?> ChildEnvironment()
    {
        var environment = new Dictionary<string, string?>(_environment, StringComparer.Ordinal);
        if (Certificates is { } certificates)
        {
            environment["SSL_CERT_FILE"] = certificates.AuthorityPemPath;
        }

        return environment;
    }

    public void WriteSettings(WorldOptions options)
    {
        // Over plain HTTP the in-process services are pointed at the fake (see BuildServicesAsync): the file itself
        // only accepts https.
        var loginUrl = Certificates is null ? "https://login.salesforce.com" : Salesforce.LoginUrl.GetLeftPart(UriPartial.Authority);
        var storage = Storage == StorageKind.Postgres
            ? $"  postgres_connection_string: {{ env: {DatabaseVariable} }}"
            : $"  sqlite_path: {SqlitePath}";
        var holidays = options.Holidays.Count == 0
            ? "  holidays: []"
            : "  holidays:\n" + string.Join('\n', options.Holidays.Select(d => $"    - {d:yyyy-MM-dd}"));
        var yaml = $$"""
            salesforce:
              login_url: {{loginUrl}}
              auth_flow: jwt_bearer
              client_id: 3MVG9PipWatchEndToEndConsumerKey
              username: pipwatch.integration@acme.example
              private_key: { env: {{KeyVariable}} }
              resilience:
                max_retries: 1
                base_delay: 100ms
                attempt_timeout: 10s
                total_timeout: 30s
            storage:
            {{storage}}
            email:
              from_address: pipwatch@acme.example
              from_name: PipWatch
              smtp:
                host: {{SmtpTestServer.Host}}
                port: {{Smtp.Port.ToString(CultureInfo.InvariantCulture)}}
                security: none
                timeout: 10s
              cc_manager_on_celebrations: {{(options.CcManagerOnCelebrations ? "true" : "false")}}
              max_delivery_attempts: {{options.MaxDeliveryAttempts.ToString(CultureInfo.InvariantCulture)}}
            schedules:
              poll_cron: "{{options.Cron}}"
              plan_cron: "{{options.Cron}}"
              deliver_cron: "{{options.Cron}}"
              manager_digest_time: "{{options.DigestTime}}"
              manager_digest_latest_time: "{{options.DigestLatestTime}}"
              rep_weekly_day: monday
              rep_weekly_time: "08:30"
            calendar:
              working_days: [monday, tuesday, wednesday, thursday, friday]
              week_start: monday
            {{holidays}}
            server:
              health_port: {{options.HealthPort.ToString(CultureInfo.InvariantCulture)}}
              dashboard_enabled: false
            metrics:
              calls:
                label: Calls
                object: Task
                filter: "TaskSubtype = 'Call'"
                date_field: ActivityDate
                aggregate: count
              opps_created:
                label: Opportunities created
                object: Opportunity
                date_field: CreatedDate
                aggregate: count
            """;
        File.WriteAllText(Path.Combine(ConfigDirectory, "pipwatch.yaml"), yaml, Encoding.UTF8);
    }

    /// <summary>Writes a plan file: a weekly calls goal and a total of opportunities created.</summary>
    public void WritePip(string id, string rep, DateOnly start, DateOnly end, int weeklyCalls = 50, int totalOpportunities = 10)
    {
        var yaml = $"""
            id: {id}
            rep: {rep}
            start: {start:yyyy-MM-dd}
            end: {end:yyyy-MM-dd}
            targets:
              - metric: calls
                weekly: {weeklyCalls.ToString(CultureInfo.InvariantCulture)}
              - metric: opps_created
                total: {totalOpportunities.ToString(CultureInfo.InvariantCulture)}
            """;
        File.WriteAllText(Path.Combine(PipsDirectory, id + ".yaml"), yaml, Encoding.UTF8);
    }

    public PipWatchSettings LoadSettings() => ConfigurationSource.LoadValid(ConfigDirectory, Environment).Settings!;

    /// <summary>
    /// The production services on this world's config with <paramref name="clock"/>, the schema migrated. Over plain
    /// HTTP the Salesforce connector is pointed at the fake, the one setting the file cannot hold.
    /// </summary>
    public async Task<ServiceProvider> BuildServicesAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = LoadSettings();
        if (Certificates is null)
        {
            settings = settings with { Salesforce = settings.Salesforce with { LoginUrl = Salesforce.LoginUrl } };
        }

        var services = CommandServices.Build(settings, ConfigDirectory, Environment, clock);
        await services.GetRequiredService<StorageMigrator>().MigrateAsync(cancellationToken);
        return services;
    }

    public async ValueTask DisposeAsync()
    {
        await Salesforce.DisposeAsync();
        await Smtp.DisposeAsync();
        Certificates?.Dispose();
        _key.Dispose();
        _folder.Dispose();
    }
}
