-- PipWatch state, version 1: the tables of Postgres/0001_initial.sql for the embedded database.
-- STRICT tables reject a value of the wrong type, as PostgreSQL would. Timestamps are UTC text in one fixed
-- format (yyyy-MM-ddTHH:mm:ss.ffffffZ) so that text order is time order; days are yyyy-MM-dd.

CREATE TABLE metric_values (
    rep_user_id TEXT NOT NULL,
    metric TEXT NOT NULL,
    day TEXT NOT NULL,
    value_sum REAL NOT NULL,
    value_count INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (rep_user_id, metric, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE poll_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    window_from TEXT NOT NULL,
    window_to TEXT NOT NULL,
    outcome TEXT CHECK (outcome IN ('succeeded', 'partial', 'failed', 'stopped_at_limit')),
    api_calls INTEGER NOT NULL DEFAULT 0,
    limit_used INTEGER,
    limit_allowed INTEGER,
    errors TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX poll_runs_started_at ON poll_runs (started_at);

CREATE TABLE metric_poll_status (
    metric TEXT PRIMARY KEY,
    last_success_at TEXT,
    watermark_day TEXT,
    last_error TEXT,
    last_error_at TEXT
) STRICT;

CREATE TABLE evaluations (
    pip_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    day TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    actual REAL NOT NULL,
    goal REAL NOT NULL,
    expected REAL,
    pace REAL,
    projection REAL,
    required_rate REAL,
    evaluated_at TEXT NOT NULL,
    PRIMARY KEY (pip_id, target_id, day)
) STRICT;

CREATE TABLE pip_evaluation_state (
    pip_id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE milestones (
    pip_id TEXT NOT NULL,
    milestone_key TEXT NOT NULL,
    fired_at TEXT NOT NULL,
    details TEXT,
    PRIMARY KEY (pip_id, milestone_key)
) STRICT;

CREATE TABLE target_warnings (
    pip_id TEXT NOT NULL,
    target_id TEXT NOT NULL,
    status TEXT NOT NULL,
    warned_at TEXT NOT NULL,
    PRIMARY KEY (pip_id, target_id)
) STRICT;

-- AUTOINCREMENT: ids are never reused, so an id in the audit log always means one notification.
CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    pip_id TEXT,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    message_id TEXT NOT NULL,
    mime BLOB NOT NULL,
    html_body TEXT,
    text_body TEXT,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'expired')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lease_until TEXT,
    expires_at TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    smtp_response TEXT,
    last_error TEXT
) STRICT;

CREATE INDEX notifications_open ON notifications (status, next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX notifications_pip ON notifications (pip_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    pip_id TEXT,
    details TEXT
) STRICT;

CREATE INDEX audit_log_pip ON audit_log (pip_id, id);

CREATE TABLE pip_file_versions (
    pip_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    seen_at TEXT NOT NULL
) STRICT;
