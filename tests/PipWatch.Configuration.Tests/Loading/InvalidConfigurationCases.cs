using static PipWatch.Configuration.Tests.Loading.InvalidConfigurationCase;

namespace PipWatch.Configuration.Tests.Loading;

/// <summary>The table of broken configurations; each names the key path and line validate must report.</summary>
public static class InvalidConfigurationCases
{
    private const string PipHead = "id: case-plan\nrep: 005Hs00000Zz9yXIAR\nstart: 2026-10-05\nend: 2026-12-11\n";

    public static IReadOnlyDictionary<string, InvalidConfigurationCase> All { get; } = new Dictionary<string, InvalidConfigurationCase>
    {
        // pipwatch.yaml: unknown keys, types, ranges
        ["typo_in_key"] = WithSections(Y("thresholds:", "  at_risk_pase: 0.9"), "thresholds.at_risk_pase", 2, "did you mean 'at_risk_pace'?"),
        ["typo_in_section"] = WithSections(Y("thresholdz:", "  at_risk_pace: 0.9"), "thresholdz", 1, "did you mean 'thresholds'?"),
        ["text_where_number"] = WithSections(Y("thresholds:", "  hysteresis: lots"), "thresholds.hysteresis", 2, "'lots' is not a number"),
        ["fraction_above_one"] = WithSections(Y("thresholds:", "  at_risk_pace: 1.5"), "thresholds.at_risk_pace", 2, "must be a fraction"),
        ["pace_thresholds_out_of_order"] = WithSections(Y("thresholds:", "  at_risk_pace: 0.6", "  off_track_pace: 0.7"), "thresholds.off_track_pace", 3, "must be below at_risk_pace"),
        ["milestone_above_one"] = WithSections(Y("thresholds:", "  milestone_fractions:", "    - 0.5", "    - 1.5"), "thresholds.milestone_fractions[2]", 4, "must be a fraction"),
        ["negative_grace"] = WithSections(Y("thresholds:", "  grace_working_days: -1"), "thresholds.grace_working_days", 2, "from 0 to 20"),
        ["bad_duration"] = WithSections(Y("thresholds:", "  stale_after: six hours"), "thresholds.stale_after", 2, "is not a duration"),
        ["list_where_value"] = WithSections(Y("thresholds:", "  streak_weeks: [3, 4]"), "thresholds.streak_weeks", 2, "expected a single value"),
        ["malformed_cron"] = WithSections(Y("schedules:", "  poll_cron: \"*/30 * *\""), "schedules.poll_cron", 2, "is not a cron schedule"),
        ["digest_latest_before_send"] = WithSections(Y("schedules:", "  manager_digest_time: \"09:00\"", "  manager_digest_latest_time: \"08:00\""), "schedules.manager_digest_latest_time", 3, "must be after its send time"),
        ["hour_out_of_range"] = WithSections(Y("schedules:", "  rep_weekly_time: \"25:00\""), "schedules.rep_weekly_time", 2, "is not a time of day"),
        ["unknown_weekday"] = WithSections(Y("schedules:", "  rep_weekly_day: funday"), "schedules.rep_weekly_day", 2, "is not a day of the week"),
        ["holiday_far_future"] = WithSections(Y("calendar:", "  holidays:", "    - 2026-12-25", "    - 2206-12-25"), "calendar.holidays[2]", 4, "between 2000 and 2100"),
        ["holiday_impossible_date"] = WithSections(Y("calendar:", "  holidays: [2026-02-30]"), "calendar.holidays[1]", 2, "is not a date"),
        ["working_day_twice"] = WithSections(Y("calendar:", "  working_days:", "    - monday", "    - monday"), "calendar.working_days[2]", 4, "listed twice"),
        ["smtp_port_out_of_range"] = WithSections(Y("email:", "  smtp:", "    host: smtp.acme.example", "    port: 70000"), "email.smtp.port", 4, "from 1 to 65535"),
        ["smtp_username_without_password"] = WithSections(Y("email:", "  smtp:", "    host: smtp.acme.example", "    username: pipwatch"), "email.smtp.username", 4, "no password is referenced"),
        ["smtp_literal_password"] = WithSections(Y("email:", "  smtp:", "    host: smtp.acme.example", "    username: pipwatch", "    password: Winter2026!"), "email.smtp.password", 5, "secrets are referenced, not written here"),
        ["currency_code_not_iso"] = WithSections(Y("email:", "  currency_code: dollars"), "email.currency_code", 2, "three-letter ISO 4217 code"),
        ["smtp_without_host"] = WithSections(Y("email:", "  smtp:", "    port: 25"), "email.smtp.host", 2, "required key is missing"),
        ["from_address_not_email"] = WithSections(Y("email:", "  from_address: pipwatch-at-acme"), "email.from_address", 2, "is not an email address"),
        ["dashboard_without_login"] = WithSections(Y("server:", "  dashboard_enabled: true", "  dashboard_password: { env: DASHBOARD_PASSWORD }"), "server.dashboard_username", 1, "needs a username"),
        ["health_port_zero"] = WithSections(Y("server:", "  health_port: 0"), "server.health_port", 2, "from 1 to 65535"),
        ["server_prometheus_moved"] = WithSections(Y("server:", "  health_port: 8080", "  prometheus_enabled: false"), "server.prometheus_enabled", 3, "write it as telemetry.prometheus_enabled"),
        ["telemetry_prometheus_not_bool"] = WithSections(Y("telemetry:", "  prometheus_enabled: sometimes"), "telemetry.prometheus_enabled", 2, "is not true or false"),
        ["telemetry_endpoint_without_scheme"] = WithSections(Y("telemetry:", "  otlp_endpoint: otel-collector:4317"), "telemetry.otlp_endpoint", 2, "is not a collector address"),
        ["telemetry_endpoint_with_query"] = WithSections(Y("telemetry:", "  otlp_endpoint: http://otel-collector:4318/?tenant=a"), "telemetry.otlp_endpoint", 2, "is not a collector address"),
        ["telemetry_unknown_protocol"] = WithSections(Y("telemetry:", "  otlp_endpoint: http://otel-collector:4318", "  otlp_protocol: http/json"), "telemetry.otlp_protocol", 3, "'http/json' is not one of: grpc, http_protobuf"),
        ["telemetry_service_name_with_space"] = WithSections(Y("telemetry:", "  service_name: pip watch"), "telemetry.service_name", 2, "is not a service name"),
        ["telemetry_typo_in_key"] = WithSections(Y("telemetry:", "  otlp_endpiont: http://otel-collector:4317"), "telemetry.otlp_endpiont", 2, "did you mean 'otlp_endpoint'?"),
        ["bad_schema_name"] = WithSections(Y("storage:", "  hangfire_schema: Pip-Watch"), "storage.hangfire_schema", 2, "is not a PostgreSQL schema name"),
        ["secret_env_and_file"] = WithSections(Y("storage:", "  postgres_connection_string: { env: PG, file: /run/pg }"), "storage.postgres_connection_string", 2, "either env or file"),
        ["unknown_auth_flow"] = WholeSettings(Y("salesforce:", "  auth_flow: oauth", "  client_id: x", "metrics: {}"), "salesforce.auth_flow", 2, "is not one of: jwt_bearer, client_credentials"),
        ["jwt_without_private_key"] = WholeSettings(Y("salesforce:", "  client_id: x", "  username: pipwatch@acme.example", "metrics: {}"), "salesforce.private_key", 1, "needs the private key"),
        ["client_credentials_on_login_host"] = WholeSettings(Y("salesforce:", "  login_url: https://login.salesforce.com", "  auth_flow: client_credentials", "  client_id: x", "  client_secret: { env: SF_SECRET }", "metrics: {}"), "salesforce.login_url", 2, "My Domain"),
        ["api_version_without_v"] = WholeSettings(Y("salesforce:", "  api_version: 64", "  client_id: x", "  username: pipwatch@acme.example", "  private_key: { file: /k }", "metrics: {}"), "salesforce.api_version", 2, "write it like v64.0"),
        ["yaml_syntax_error"] = WholeSettings(Y("salesforce:", "  client_id: x", " username: y", "metrics: {}"), "", 3, "not valid YAML"),
        ["section_twice"] = WholeSettings(Y("metrics: {}", "salesforce:", "  client_id: x", "metrics: {}"), "", 4, "appears twice"),

        // pipwatch.yaml: the metric catalogue
        ["unknown_aggregate"] = WithMetric(Y("  deals:", "    object: Opportunity", "    date_field: CloseDate", "    aggregate: median"), "metrics.deals.aggregate", 4, "is not one of: count, sum, avg, count_distinct"),
        ["sum_without_field"] = WithMetric(Y("  revenue:", "    object: Opportunity", "    date_field: CloseDate", "    aggregate: sum", "    unit: currency"), "metrics.revenue.field", 1, "needs the field"),
        ["custom_date_without_type"] = WithMetric(Y("  demos:", "    object: Event", "    date_field: Demo_Date__c"), "metrics.demos.date_type", 1, "date or a datetime"),
        ["ratio_names_missing_metric"] = WithMetric(Y("  held_to_opp:", "    ratio:", "      numerator: opps_created", "      denominator: meetings_hld"), "metrics.held_to_opp.ratio.denominator", 4, "did you mean 'meetings_held'?"),
        ["ratio_of_ratio"] = WithMetric(Y("  double_ratio:", "    ratio:", "      numerator: meeting_to_opp", "      denominator: calls"), "metrics.double_ratio.ratio.numerator", 3, "ratios of ratios are not supported"),
        ["ratio_of_itself"] = WithMetric(Y("  self_ratio:", "    ratio: { numerator: self_ratio, denominator: calls }"), "metrics.self_ratio.ratio.numerator", 2, "cannot divide by or into itself"),
        ["unclosed_quote_in_filter"] = WithMetric(Y("  open_opps:", "    object: Opportunity", "    date_field: CreatedDate", "    filter: \"StageName = 'Prospecting\""), "metrics.open_opps.filter", 4, "is not closed"),

        // PIP files
        ["pip_end_before_start"] = PipCase(Y("id: case-plan", "rep: 005Hs00000Zz9yXIAR", "start: 2026-12-11", "end: 2026-10-05", "targets: [{ metric: calls, weekly: 50 }]"), "end", 4, "before it starts"),
        ["pip_unknown_metric"] = PipCase(PipHead + Y("targets:", "  - metric: cals", "    weekly: 50"), "targets[1].metric", 6, "did you mean 'calls'?"),
        ["pip_weekly_goal_zero"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    weekly: 0"), "targets[1].weekly", 7, "weekly goal must be above zero"),
        ["pip_weekly_goal_negative"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    weekly: -5"), "targets[1].weekly", 7, "weekly goal must be above zero"),
        ["pip_rate_on_count_metric"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    rate: 10"), "targets[1].rate", 7, "use weekly or total"),
        ["pip_weekly_on_average"] = PipCase(PipHead + Y("targets:", "  - metric: call_score", "    weekly: 70"), "targets[1].weekly", 7, "use rate"),
        ["pip_percent_as_whole_number"] = PipCase(PipHead + Y("targets:", "  - metric: meeting_to_opp", "    rate: 25"), "targets[1].rate", 7, "write 25% or 0.25"),
        ["pip_two_goals"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    weekly: 50", "    total: 500"), "targets[1].total", 8, "one goal"),
        ["pip_min_sample_on_weekly"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    weekly: 50", "    min_sample: 10"), "targets[1].min_sample", 8, "rate targets only"),
        ["pip_windows_time_zone"] = PipCase(PipHead + Y("time_zone: Pacific Standard Time", "targets: [{ metric: calls, weekly: 50 }]"), "time_zone", 5, "America/Los_Angeles"),
        ["pip_unknown_time_zone"] = PipCase(PipHead + Y("time_zone: Mars/Olympus_Mons", "targets: [{ metric: calls, weekly: 50 }]"), "time_zone", 5, "not a known time zone"),
        ["pip_paused_before_start"] = PipCase(PipHead + Y("paused:", "  - 2026-10-01", "targets: [{ metric: calls, weekly: 50 }]"), "paused[1]", 6, "outside the plan"),
        ["pip_paused_range_after_end"] = PipCase(PipHead + Y("paused:", "  - { from: 2026-12-10, to: 2026-12-15 }", "targets: [{ metric: calls, weekly: 50 }]"), "paused[1]", 6, "outside the plan"),
        ["pip_amendment_before_start"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "amendments:", "  - effective: 2026-09-28", "    reason: Start later", "    end: 2026-12-18"), "amendments[1].effective", 7, "before the plan starts"),
        ["pip_amendment_after_end"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "amendments:", "  - effective: 2026-12-14", "    reason: Too late", "    end: 2026-12-31"), "amendments[1].effective", 7, "after the plan has ended"),
        ["pip_amendment_unknown_target"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "amendments:", "  - effective: 2026-11-02", "    reason: Lower the bar", "    goals:", "      cals: 40"), "amendments[1].goals.cals", 10, "did you mean 'calls'?"),
        ["pip_amendment_drops_unknown_target"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "amendments:", "  - effective: 2026-11-02", "    reason: Stop tracking", "    drop_targets: [emails]"), "amendments[1].drop_targets[1]", 9, "has no target 'emails'"),
        ["pip_amendment_without_reason"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "amendments:", "  - effective: 2026-11-02", "    end: 2026-12-18"), "amendments[1].reason", 7, "required key is missing"),
        ["pip_missing_rep"] = PipCase(Y("id: case-plan", "start: 2026-10-05", "end: 2026-12-11", "targets: [{ metric: calls, weekly: 50 }]"), "rep", 1, "required key is missing"),
        ["pip_rep_is_account_id"] = PipCase(Y("id: case-plan", "rep: 001Hs00000Zz9yXIAR", "start: 2026-10-05", "end: 2026-12-11", "targets: [{ metric: calls, weekly: 50 }]"), "rep", 2, "user Ids start with 005"),
        ["pip_typo_in_key"] = PipCase(Y("id: case-plan", "rep: 005Hs00000Zz9yXIAR", "start: 2026-10-05", "end: 2026-12-11", "targest: [{ metric: calls, weekly: 50 }]"), "targest", 5, "did you mean 'targets'?"),
        ["pip_month_thirteen"] = PipCase(Y("id: case-plan", "rep: 005Hs00000Zz9yXIAR", "start: 2026-13-01", "end: 2026-12-11", "targets: [{ metric: calls, weekly: 50 }]"), "start", 3, "is not a date"),
        ["pip_unknown_decision"] = PipCase(PipHead + Y("targets: [{ metric: calls, weekly: 50 }]", "decision: maybe"), "decision", 6, "use passed, failed or partial"),
        ["pip_duplicate_target"] = PipCase(PipHead + Y("targets:", "  - metric: calls", "    weekly: 50", "  - metric: calls", "    total: 600"), "targets[2].metric", 8, "already has a target 'calls'"),
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
