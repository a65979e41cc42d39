#!/usr/bin/env bash
# The one test command (README, .ci/run). On a machine with only the .NET SDK it:
#   1. installs PostgreSQL (apt-get) when its server binaries are missing, and Chromium for the email checks,
#   2. starts a throwaway cluster on a free loopback port and exports its connection string,
#   3. builds the solution, runs every test project, and checks the same publish the Dockerfile runs,
#   4. stops and removes everything it started, even on failure,
#   5. ends with one line: "N passed, N failed, N skipped".
# The SMTP server the tests use is the SmtpServer package, hosted inside the test process.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/pipwatch-tests.XXXXXX")
chmod 755 "$work"
pg_data="$work/pgdata"
pg_ctl=""
as_pg=()
installed_pg_here=0

log() { printf '[run-all] %s\n' "$*" >&2; }

cleanup() {
  local rc=$?
  if [ -n "$pg_ctl" ] && [ -f "$pg_data/postmaster.pid" ]; then
    "${as_pg[@]}" "$pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ "$installed_pg_here" = 1 ] && command -v pg_ctlcluster >/dev/null 2>&1; then
    # Debian's package may start its own default cluster; we only wanted the binaries.
    for cluster in $(pg_lsclusters -h 2>/dev/null | awk '{print $1"/"$2}'); do
      pg_ctlcluster "${cluster%/*}" "${cluster#*/}" stop >/dev/null 2>&1 || true
    done
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

find_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_postgres() {
  local bin
  bin=$(find_pg_bin)
  if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
    log "PostgreSQL server not found; installing it with apt-get"
    if [ "$(id -u)" != 0 ]; then
      log "installing PostgreSQL needs root (apt-get install -y postgresql)"; return 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null || { log "apt-get install postgresql failed"; return 1; }
    installed_pg_here=1
    bin=$(find_pg_bin)
  fi
  pg_ctl="$bin/pg_ctl"
  # PostgreSQL refuses to run as root; the package's postgres user owns the throwaway cluster then.
  if [ "$(id -u)" = 0 ]; then
    as_pg=(runuser -u postgres --)
    chown postgres "$work"
  fi

  "${as_pg[@]}" "$bin/initdb" -D "$pg_data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; return 1; }

  local port attempt
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + RANDOM % 30000 ))
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then continue; fi
    if "${as_pg[@]}" "$pg_ctl" -D "$pg_data" -w -t 30 -l "$work/postgres.log" \
         -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
         start >/dev/null 2>&1; then
      export PIPWATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
      log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$port"
      return 0
    fi
  done
  cat "$work/postgres.log" >&2
  return 1
}

ensure_postgres || { log "could not start PostgreSQL"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# The email tests render every kind in headless Chromium; without it they fail (never skip).
ensure_chromium() {
  log "email screenshots go to ${PIPWATCH_SCREENSHOTS:-${TMPDIR:-/tmp}/pipwatch-email-screenshots}"
  command -v chromium >/dev/null 2>&1 && return 0
  if [ "$(id -u)" != 0 ]; then
    log "Chromium not found and not root: the browser tests will fail (apt-get install -y chromium)"; return 0
  fi
  log "Chromium not found; installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null; } \
    || log "apt-get install chromium failed: the browser tests will fail"
}
ensure_chromium

cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

status=0
log "building"
if ! dotnet build PipWatch.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "0 passed, 1 failed, 0 skipped"; exit 1
fi

if [ -f src/PipWatch/PipWatch.csproj ]; then
  log "publishing as the Dockerfile does"
  dotnet publish src/PipWatch/PipWatch.csproj -c Release -o "$work/publish" -nologo -clp:ErrorsOnly >/dev/null \
    || { log "dotnet publish failed"; status=1; }
fi

log "running tests"
results="$work/results"
dotnet test PipWatch.sln -c Release --no-build --nologo \
  --results-directory "$results" --logger "trx" --logger "console;verbosity=minimal" || status=1

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$(( passed + $(get passed || echo 0) ))
  failed=$(( failed + $(get failed || echo 0) + $(get error || echo 0) + $(get timeout || echo 0) + $(get aborted || echo 0) ))
  skipped=$(( skipped + $(get notExecuted || echo 0) ))
done
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
if [ "$passed" = 0 ] && [ "$failed" = 0 ]; then log "no test ran"; status=1; failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
