using PipWatch.Configuration.Binding;
using PipWatch.Configuration.Settings;

namespace PipWatch.Configuration.Sections;

internal static class ServerSection
{
    public static ServerSettings Read(MappingReader r)
    {
        var d = new ServerSettings();
        var settings = new ServerSettings
        {
            HealthPort = r.Int("health_port", d.HealthPort, 1, 65535),
            DashboardEnabled = r.Bool("dashboard_enabled", d.DashboardEnabled),
            DashboardUsername = r.String("dashboard_username"),
            DashboardPassword = r.Secret("dashboard_password"),
            DashboardReadOnly = r.Bool("dashboard_read_only", d.DashboardReadOnly),
        };

        // The dashboard can retry and delete jobs, so it is never exposed without a login.
        if (settings.DashboardEnabled && !r.Has("dashboard_username"))
        {
            r.Report("dashboard_username", "the dashboard is enabled, so it needs a username: add 'dashboard_username'");
        }

        if (settings.DashboardEnabled && !r.Has("dashboard_password"))
        {
            r.Report("dashboard_password", "the dashboard is enabled, so it needs a password: add dashboard_password: { env: NAME } or { file: PATH }");
        }

        // Earlier files carried these here; name their new place rather than calling them unknown.
        foreach (var moved in (string[])["prometheus_enabled", "otlp_endpoint"])
        {
            if (r.Entry(moved) is not null)
            {
                r.Report(moved, $"this key moved to its own section: write it as telemetry.{moved}");
            }
        }

        r.Finish();
        return settings;
    }
}
