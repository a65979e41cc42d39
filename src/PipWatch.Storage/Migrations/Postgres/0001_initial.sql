-- PipWatch state, version 1. Sqlite/0001_initial.sql holds the same tables for the embedded database.
-- Timestamps are UTC instants; JSON columns are text that PipWatch writes and reads whole.

-- Raw daily figures per rep, metric and local day; a restated day overwrites the row.
CREATE TABLE metric_values (
    rep_user_id text NOT NULL,
    metric text NOT NULL,
    day date NOT NULL,
    value_sum double precision NOT NULL,
    value_count bigint NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (rep_user_id, metric, day)
);

CREATE TABLE poll_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at timestamptz NOT NULL,
    finished_at timestamptz,
    window_from date NOT NULL,
    window_to date NOT NULL,
    outcome text CHECK (outcome IN ('succeeded', 'partial', 'failed', 'stopped_at_limit')),
    api_calls integer NOT NULL DEFAULT 0,
    limit_used integer,
    limit_allowed integer,
    errors text NOT NULL DEFAULT '{}'
);

CREATE INDEX poll_runs_started_at ON poll_runs (started_at);

-- Per metric: when it was last polled successfully (staleness) and how far its data is complete (next window).
CREATE TABLE metric_poll_status (
    metric text PRIMARY KEY,
    last_success_at timestamptz,
    watermark_day date,
    last_error text,
    last_error_at timestamptz
);

-- One row per PIP, target and day; a later evaluation of the same day replaces the row.
CREATE TABLE evaluations (
    pip_id text NOT NULL,
    target_id text NOT NULL,
    day date NOT NULL,
    status text NOT NULL,
    reason text,
    actual double precision NOT NULL,
    goal double precision NOT NULL,
    expected double precision,
    pace double precision,
    projection double precision,
    required_rate double precision,
    evaluated_at timestamptz NOT NULL,
    PRIMARY KEY (pip_id, target_id, day)
);

CREATE TABLE pip_evaluation_state (
    pip_id text PRIMARY KEY,
    state text NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE TABLE milestones (
    pip_id text NOT NULL,
    milestone_key text NOT NULL,
    fired_at timestamptz NOT NULL,
    details text,
    PRIMARY KEY (pip_id, milestone_key)
);

-- The last at-risk warning per target, for the cooldown and the "only if it worsens" rule.
CREATE TABLE target_warnings (
    pip_id text NOT NULL,
    target_id text NOT NULL,
    status text NOT NULL,
    warned_at timestamptz NOT NULL,
    PRIMARY KEY (pip_id, target_id)
);

CREATE TABLE notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idempotency_key text NOT NULL UNIQUE,
    kind text NOT NULL,
    pip_id text,
    recipients text NOT NULL,
    subject text NOT NULL,
    message_id text NOT NULL,
    mime bytea NOT NULL,
    html_body text,
    text_body text,
    status text NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    lease_until timestamptz,
    expires_at timestamptz,
    created_at timestamptz NOT NULL,
    sent_at timestamptz,
    smtp_response text,
    last_error text
);

-- Only open rows are ever claimed, so the index stays small as sent mail accumulates.
CREATE INDEX notifications_open ON notifications (status, next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX notifications_pip ON notifications (pip_id);

CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    pip_id text,
    details text
);

CREATE INDEX audit_log_pip ON audit_log (pip_id, id);

-- The content hash of each PIP file last seen, so a changed file is audited once.
CREATE TABLE pip_file_versions (
    pip_id text PRIMARY KEY,
    content_hash text NOT NULL,
    seen_at timestamptz NOT NULL
);
