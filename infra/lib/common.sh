# shellcheck shell=bash
# Shared helpers of infra/stack: profiles, logging with progress, JDK discovery, secrets,
# process bookkeeping and health waits. Sourced, never run.

REPO=${REPO:?REPO must be set by infra/stack}

# --- profile ------------------------------------------------------------------------------
# The default profile is the stack a person runs; the test profile is what the Maven build
# starts for integration tests: own state folder and own ports, so both can run side by side.
STACK_PROFILE=${STACK_PROFILE:-default}
# The cluster profile is the production shape on one machine: Strapi on PostgreSQL and three
# Elasticsearch nodes forming one cluster (indices with one replica), small heaps.
if [ "$STACK_PROFILE" = cluster ]; then
  STACK_HOME=${STACK_HOME:-$REPO/.stack/cluster}
  ES_PORT=${ES_PORT:-29200}
  STRAPI_PORT=${STRAPI_PORT:-21337}
  INDEXER_PORT=${INDEXER_PORT:-28081}
  PORTAL_PORT=${PORTAL_PORT:-28080}
  ES_HEAP=${ES_HEAP:-512m}
  ES_NODES=${ES_NODES:-3}
  STACK_DB=${STACK_DB:-postgres}
  AUTH_RATELIMIT_MAX=${AUTH_RATELIMIT_MAX:-5}
elif [ "$STACK_PROFILE" = test ]; then
  STACK_HOME=${STACK_HOME:-$REPO/.stack/test}
  ES_PORT=${ES_PORT:-19200}
  STRAPI_PORT=${STRAPI_PORT:-11337}
  INDEXER_PORT=${INDEXER_PORT:-18081}
  PORTAL_PORT=${PORTAL_PORT:-18080}
  ES_HEAP=${ES_HEAP:-768m}
  # The tests sign the same demo users in many times a minute through the portal (counted per
  # browser address, AUTH_RATELIMIT_PORTAL_MAX); SecurityIT checks the direct ceiling.
  AUTH_RATELIMIT_MAX=${AUTH_RATELIMIT_MAX:-30}
  AUTH_RATELIMIT_PORTAL_MAX=${AUTH_RATELIMIT_PORTAL_MAX:-1000}
else
  STACK_HOME=${STACK_HOME:-$REPO/.stack}
  ES_PORT=${ES_PORT:-9200}
  STRAPI_PORT=${STRAPI_PORT:-1337}
  INDEXER_PORT=${INDEXER_PORT:-8081}
  PORTAL_PORT=${PORTAL_PORT:-8080}
  ES_HEAP=${ES_HEAP:-1g}
  AUTH_RATELIMIT_MAX=${AUTH_RATELIMIT_MAX:-5}
  AUTH_RATELIMIT_PORTAL_MAX=${AUTH_RATELIMIT_PORTAL_MAX:-100}
fi
# The mail catcher (GreenMail): SMTP for the portal's notices and a web API to read them, on
# ports beside the portal's (9025/9026 locally, 19025/19026 for the tests).
MAIL_PORT=${MAIL_PORT:-$((PORTAL_PORT + 945))}
MAIL_WEB_PORT=${MAIL_WEB_PORT:-$((PORTAL_PORT + 946))}
# Downloads and unpacked distributions are shared by every profile.
STACK_CACHE=${STACK_CACHE:-$REPO/.stack/cache}
STACK_BIND=${STACK_BIND:-127.0.0.1}
ES_VERSION=${ES_VERSION:-9.2.4}
ES_TRANSPORT_PORT=$((ES_PORT + 100))
# Elasticsearch nodes (1, or 3 forming a cluster on ES_PORT, ES_PORT+1, ES_PORT+2) and Strapi's
# database (sqlite, or postgres on PG_PORT): traits of the profile, overridable one by one.
ES_NODES=${ES_NODES:-1}
STACK_DB=${STACK_DB:-sqlite}
PG_PORT=${PG_PORT:-$((ES_PORT + 232))}
RUN_DIR=$STACK_HOME/run
LOG_DIR=$STACK_HOME/logs
SECRETS_FILE=$STACK_HOME/secrets.env
SEED_DIR=${SEED_DIR:-$(cd "$REPO/.." && pwd)/shared}

# Deliberately not exported: `infra/stack test` runs Maven, whose ITs call infra/stack again
# in the test profile, which must derive its own home and ports, not inherit these.

# --- output -------------------------------------------------------------------------------
say() { printf '[stack %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[stack %s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
  printf '[stack %s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2
  exit 1
}

# run_step LABEL LOGFILE CMD... — runs a long command with its output in LOGFILE and a
# progress line every few seconds, so a first install never looks hung.
run_step() {
  local label=$1 log=$2
  shift 2
  mkdir -p "$(dirname "$log")"
  say "$label (log: ${log#"$REPO"/})"
  "$@" >"$log" 2>&1 &
  local pid=$! start=$SECONDS rc
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    if kill -0 "$pid" 2>/dev/null; then
      printf '[stack %s]   … %s: %ds, %s\n' "$(date +%H:%M:%S)" "$label" $((SECONDS - start)) \
        "$(tail -n 1 "$log" 2>/dev/null | tr -d '\r' | cut -c1-90)"
    fi
  done
  wait "$pid" && rc=0 || rc=$?
  if [ "$rc" -ne 0 ]; then
    tail -n 40 "$log" >&2
    die "$label failed (exit $rc); full log: $log"
  fi
  say "$label: done in $((SECONDS - start))s"
}

# --- tools --------------------------------------------------------------------------------
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }

# find_jdk — prints the home of a JDK >= 25 (the project's Java level): JAVA_HOME when it
# fits, else the newest under /usr/lib/jvm.
find_jdk() {
  local best="" best_v=0 c v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(java_major "$JAVA_HOME")
    if [ "${v:-0}" -ge 25 ]; then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  for c in /usr/lib/jvm/*; do
    [ -x "$c/bin/javac" ] && [ ! -L "$c" ] || continue
    v=$(java_major "$c")
    if [ "${v:-0}" -ge 25 ] && [ "$v" -gt "$best_v" ]; then
      best=$c
      best_v=$v
    fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}

require_jdk() {
  JDK_HOME=$(find_jdk) || die "no JDK 25 or newer found (JAVA_HOME=${JAVA_HOME:-unset}, /usr/lib/jvm). Install one (e.g. Temurin 25) and set JAVA_HOME."
  export JDK_HOME
}

require_node() {
  command -v node >/dev/null || die "Node.js is needed for Strapi (20, 22 or 24): apt-get install nodejs npm"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] && [ "$major" -le 24 ] || die "Strapi 5 needs Node 20–24; found $(node -v)"
}

# ensure_debian_packages PKG... — installs what is missing when we are root; otherwise says
# what to install. Returns 1 when something stays missing.
ensure_debian_packages() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    run_step "Installing Debian packages: ${missing[*]}" "$STACK_CACHE/logs/apt.log" \
      bash -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${missing[*]}"
    return 0
  fi
  warn "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})"
  return 1
}

# --- secrets ------------------------------------------------------------------------------
random_token() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-40}"; }

# ensure_secrets — generates, once, every secret the stack needs into a git-ignored file
# (mode 600). Keys added by a newer version of this script are appended; none is rotated.
ensure_secrets() {
  mkdir -p "$STACK_HOME"
  touch "$SECRETS_FILE"
  chmod 600 "$SECRETS_FILE"
  local key value
  while read -r key value; do
    grep -q "^$key=" "$SECRETS_FILE" || printf '%s=%s\n' "$key" "$value" >>"$SECRETS_FILE"
  done <<EOF
APP_KEYS $(random_token 32),$(random_token 32),$(random_token 32),$(random_token 32)
API_TOKEN_SALT $(random_token 40)
ADMIN_JWT_SECRET $(random_token 48)
TRANSFER_TOKEN_SALT $(random_token 40)
JWT_SECRET $(random_token 48)
ENCRYPTION_KEY $(random_token 48)
STRAPI_ADMIN_EMAIL admin@thidua.local
STRAPI_ADMIN_PASSWORD Ad1$(random_token 17)
STRAPI_PORTAL_TOKEN $(random_token 64)
STRAPI_INDEXER_TOKEN $(random_token 64)
INDEXER_WEBHOOK_SECRET $(random_token 40)
INDEXER_API_KEY $(random_token 40)
DEMO_PASSWORD_UNIT Dv$(random_token 12)
DEMO_PASSWORD_REVIEWER Td$(random_token 12)
DEMO_PASSWORD_ECONOMY Kt$(random_token 12)
DEMO_PASSWORD_EDITOR Bt$(random_token 12)
DEMO_PASSWORD_COUNCIL Hd$(random_token 12)
DEMO_PASSWORD_ADMIN Qt$(random_token 12)
DATABASE_PASSWORD $(random_token 40)
INDEXER_DATABASE_PASSWORD $(random_token 40)
EOF
  # The test suites' own Strapi token (cms-config/src/setup/api-tokens.js): the test stack only.
  if [ "$STACK_PROFILE" = test ] && ! grep -q '^STRAPI_TESTS_TOKEN=' "$SECRETS_FILE"; then
    printf 'STRAPI_TESTS_TOKEN=%s\n' "$(random_token 64)" >>"$SECRETS_FILE"
  fi
  # Loaded as shell variables, not exported: each component gets only the ones it needs.
  # shellcheck disable=SC1090
  . "$SECRETS_FILE"
}

# --- processes ----------------------------------------------------------------------------
pid_file() { echo "$RUN_DIR/$1.pid"; }
running_pid() {
  local f pid
  f=$(pid_file "$1")
  [ -f "$f" ] || return 1
  pid=$(cat "$f")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start_process NAME LOG CMD... — detached (own session) so it outlives this script, under a
# supervisor (infra/lib/supervise.sh) that restarts it with backoff when it dies. NAME.pid is
# the supervisor; NAME.child.pid the component's own process.
start_process() {
  local name=$1 log=$2
  shift 2
  mkdir -p "$RUN_DIR" "$(dirname "$log")" "$LOG_DIR"
  rm -f "$RUN_DIR/$name.restarts" "$RUN_DIR/$name.gaveup"
  # 9>&- : the child must not inherit the stack lock (see take_lock).
  SUPERVISOR_LOG="$LOG_DIR/supervisor.log" STACK_STOP_SIGNAL="${STACK_STOP_SIGNAL:-TERM}" \
    setsid nohup bash "$REPO/infra/lib/supervise.sh" "$name" "$RUN_DIR" "$@" >>"$log" 2>&1 </dev/null 9>&- &
  echo $! >"$(pid_file "$name")"
}

restarts_of() { cat "$RUN_DIR/$1.restarts" 2>/dev/null || echo 0; }
child_pid() { cat "$RUN_DIR/$1.child.pid" 2>/dev/null || true; }

stop_process() {
  local name=$1 pid child i
  pid=$(running_pid "$name") || {
    rm -f "$(pid_file "$name")"
    return 0
  }
  child=$(child_pid "$name")
  say "Stopping $name (pid ${child:-$pid})"
  # The supervisor first, so that it does not restart what is being stopped; it passes the
  # signal on to the component's process group (npm and the JVMs start children of their own).
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name did not stop in 30s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    [ -z "$child" ] || kill -KILL -- "-$child" 2>/dev/null || kill -KILL "$child" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")" "$RUN_DIR/$name.child.pid"
}

# wait_healthy NAME SECONDS CHECK... — polls CHECK until it succeeds, with progress.
wait_healthy() {
  local name=$1 limit=$2 start=$SECONDS last=0 restarts
  shift 2
  restarts=$(restarts_of "$name")
  while ! "$@" >/dev/null 2>&1; do
    # A first start that dies is a configuration error: say so now rather than after the
    # supervisor's backoff gives up.
    if ! running_pid "$name" >/dev/null || [ "$(restarts_of "$name")" -gt "$restarts" ]; then
      tail -n 40 "$LOG_DIR/$name.log" >&2 2>/dev/null || true
      stop_process "$name"
      die "$name exited during start; log: $LOG_DIR/$name.log"
    fi
    if [ $((SECONDS - start)) -ge "$limit" ]; then
      tail -n 40 "$LOG_DIR/$name.log" >&2 2>/dev/null || true
      die "$name not healthy after ${limit}s; log: $LOG_DIR/$name.log"
    fi
    if [ $((SECONDS - last)) -ge 10 ]; then
      say "  … waiting for $name ($((SECONDS - start))s)"
      last=$SECONDS
    fi
    sleep 1
  done
  say "$name is healthy ($((SECONDS - start))s)"
}

http_ok() { curl -fs -o /dev/null --max-time 5 "$1"; }
