# shellcheck shell=bash
# The four components of the local stack: install (idempotent, cached), start, health.
# Sourced by infra/stack after common.sh.

# With ES_NODES=3 the nodes are es-1 es-2 es-3; with STACK_DB=postgres, pg comes first
# (stack_components in cluster.sh, sourced after this file, sets ALL_COMPONENTS for the profile).
ALL_COMPONENTS="es strapi indexer mail portal"

component_url() {
  case $1 in
    es) echo "http://127.0.0.1:$ES_PORT" ;;
    es-*) echo "http://127.0.0.1:$(es_node_port "$1")" ;;
    pg) echo "postgresql://127.0.0.1:$PG_PORT/${DATABASE_NAME:-strapi}" ;;
    strapi) echo "http://127.0.0.1:$STRAPI_PORT/admin" ;;
    indexer) echo "http://127.0.0.1:$INDEXER_PORT/actuator/health" ;;
    mail) echo "http://127.0.0.1:$MAIL_WEB_PORT/ (SMTP 127.0.0.1:$MAIL_PORT)" ;;
    portal) echo "http://127.0.0.1:$PORTAL_PORT/" ;;
  esac
}

component_healthy() {
  case $1 in
    # The integ-test distribution answers 405 on GET /: ask the cluster instead.
    es) curl -fs --max-time 5 "http://127.0.0.1:$ES_PORT/_cluster/health" | grep -qE '"status":"(green|yellow)"' ;;
    es-*) es_node_healthy "$1" ;;
    pg) pg_healthy ;;
    strapi) http_ok "http://127.0.0.1:$STRAPI_PORT/_health" ;;
    indexer) http_ok "http://127.0.0.1:$INDEXER_PORT/actuator/health" ;;
    mail) http_ok "http://127.0.0.1:$MAIL_WEB_PORT/api/service/readiness" ;;
    portal) http_ok "http://127.0.0.1:$PORTAL_PORT/actuator/health" ;;
  esac
}

# ---------------------------------------------------------------------- Elasticsearch ----
ES_HOME_DIR() { echo "$STACK_CACHE/elasticsearch-$ES_VERSION"; }

es_install() {
  local home zip
  home=$(ES_HOME_DIR)
  [ -x "$home/bin/elasticsearch" ] && return 0
  require_jdk
  zip="$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$ES_VERSION/elasticsearch-$ES_VERSION.zip"
  if [ ! -f "$zip" ]; then
    run_step "Downloading Elasticsearch $ES_VERSION from Maven Central" "$STACK_CACHE/logs/es-download.log" \
      env JAVA_HOME="$JDK_HOME" mvn -B -q dependency:get \
      "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
  fi
  mkdir -p "$STACK_CACHE"
  rm -rf "$home.partial"
  run_step "Unpacking Elasticsearch $ES_VERSION" "$STACK_CACHE/logs/es-unzip.log" \
    unzip -q -o "$zip" -d "$home.partial"
  mv "$home.partial/elasticsearch-$ES_VERSION" "$home"
  rm -rf "$home.partial"
}

es_user() { [ "$(id -u)" -eq 0 ] && echo elasticsearch || id -un; }

es_start() {
  local home conf data user
  home=$(ES_HOME_DIR)
  conf=$STACK_HOME/es/config
  data=$STACK_HOME/es/data
  user=$(es_user)
  require_jdk
  # Config lives per profile (ES_PATH_CONF) and is written anew at each start from this
  # script; the distribution stays read-only and shared.
  rm -rf "$conf"
  mkdir -p "$conf/jvm.options.d" "$data" "$LOG_DIR/es"
  cp "$home/config/jvm.options" "$home/config/log4j2.properties" "$conf/"
  cat >"$conf/elasticsearch.yml" <<EOF
cluster.name: thidua-$STACK_PROFILE
node.name: thidua-$STACK_PROFILE-1
path.data: $data
path.logs: $LOG_DIR/es
network.host: $STACK_BIND
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
# Loopback only, like every other component of the local stack; production turns security on.
xpack.security.enabled: false
# A developer disk that is 90% full must not turn the index read-only.
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
EOF
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" >"$conf/jvm.options.d/heap.options"
  if [ "$(id -u)" -eq 0 ]; then
    # Elasticsearch refuses to run as root: a system user owns its config, data and logs.
    id elasticsearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin elasticsearch
    chown -R elasticsearch: "$conf" "$data" "$LOG_DIR/es"
    start_process es "$LOG_DIR/es.log" runuser -u elasticsearch -- \
      env ES_JAVA_HOME="$JDK_HOME" ES_PATH_CONF="$conf" "$home/bin/elasticsearch"
  else
    start_process es "$LOG_DIR/es.log" \
      env ES_JAVA_HOME="$JDK_HOME" ES_PATH_CONF="$conf" "$home/bin/elasticsearch"
  fi
  : "$user"
}

# ----------------------------------------------------------------------------- Strapi ----
CMS_DIR=$REPO/cms-config

tree_hash() { (cd "$CMS_DIR" && find "$@" -type f 2>/dev/null | LC_ALL=C sort | xargs -r sha256sum | sha256sum | cut -c1-16); }

strapi_install() {
  require_node
  [ -f "$CMS_DIR/package-lock.json" ] || die "cms-config/package-lock.json is missing"
  local want have
  want=$(sha256sum "$CMS_DIR/package-lock.json" | cut -c1-16)
  have=$(cat "$CMS_DIR/node_modules/.stack-lock-hash" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    # better-sqlite3 builds from source against the local Node headers.
    run_step "Installing Strapi packages (npm ci, about 3 minutes the first time)" \
      "$STACK_CACHE/logs/strapi-npm-ci.log" \
      bash -c "cd '$CMS_DIR' && npm_config_nodedir=\${npm_config_nodedir:-/usr} npm ci --no-audit --no-fund"
    echo "$want" >"$CMS_DIR/node_modules/.stack-lock-hash"
  fi
  want=$(tree_hash src config package-lock.json)
  have=$(cat "$CMS_DIR/build/.stack-build-hash" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    run_step "Building the Strapi admin panel" "$STACK_CACHE/logs/strapi-build.log" \
      bash -c "cd '$CMS_DIR' && NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true npm run build"
    mkdir -p "$CMS_DIR/build"
    echo "$want" >"$CMS_DIR/build/.stack-build-hash"
  fi
}

strapi_start() {
  mkdir -p "$STACK_HOME/strapi/public/uploads" "$STACK_HOME/strapi/private" "$LOG_DIR"
  local seed=""
  [ -d "$SEED_DIR/corpus" ] && seed=$SEED_DIR || warn "no shared corpus at $SEED_DIR: Strapi seeds text content only"
  (
    export APP_KEYS API_TOKEN_SALT ADMIN_JWT_SECRET TRANSFER_TOKEN_SALT JWT_SECRET ENCRYPTION_KEY \
      STRAPI_ADMIN_EMAIL STRAPI_ADMIN_PASSWORD STRAPI_PORTAL_TOKEN STRAPI_INDEXER_TOKEN \
      INDEXER_WEBHOOK_SECRET DEMO_PASSWORD_UNIT DEMO_PASSWORD_REVIEWER DEMO_PASSWORD_EDITOR \
      DEMO_PASSWORD_COUNCIL DEMO_PASSWORD_ADMIN DEMO_PASSWORD_ECONOMY STRAPI_TESTS_TOKEN
    strapi_database_exports
    cd "$CMS_DIR"
    start_process strapi "$LOG_DIR/strapi.log" env \
      NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true BROWSER=false \
      HOST="$STACK_BIND" PORT="$STRAPI_PORT" PUBLIC_URL="http://127.0.0.1:$STRAPI_PORT" \
      STRAPI_PUBLIC_DIR="$STACK_HOME/strapi/public" STRAPI_PRIVATE_DIR="$STACK_HOME/strapi/private" \
      CORS_ORIGINS="http://127.0.0.1:$PORTAL_PORT,http://localhost:$PORTAL_PORT" \
      INDEXER_WEBHOOK_URL="http://127.0.0.1:$INDEXER_PORT/api/webhooks/strapi" \
      SEED_DIR="$seed" \
      AUTH_RATELIMIT_MAX="$AUTH_RATELIMIT_MAX" AUTH_RATELIMIT_PORTAL_MAX="$AUTH_RATELIMIT_PORTAL_MAX" \
      node "$CMS_DIR/node_modules/@strapi/strapi/bin/strapi.js" start
  )
}

# -------------------------------------------------------------------- indexer / portal ----
app_jar() { echo "$REPO/$1/target/$1.jar"; }

# Rebuilds the two jars when a source or pom is newer than the jar (skipped inside the
# Maven build itself, which has just packaged them: STACK_NO_BUILD=1).
apps_build() {
  local stale="" m
  for m in "$@"; do
    if [ ! -f "$(app_jar "$m")" ]; then
      stale="$stale $m"
    elif [ -z "${STACK_NO_BUILD:-}" ] && [ -n "$(find "$REPO/$m/src/main" "$REPO/$m/pom.xml" "$REPO/pom.xml" -newer "$(app_jar "$m")" -type f -print -quit)" ]; then
      stale="$stale $m"
    fi
  done
  [ -z "$stale" ] && return 0
  [ -z "${STACK_NO_BUILD:-}" ] || die "jar missing for:$stale (run the Maven package phase first)"
  require_jdk
  run_step "Building$stale with Maven" "$STACK_CACHE/logs/maven-package.log" \
    env JAVA_HOME="$JDK_HOME" mvn -B -q -f "$REPO/pom.xml" -pl "$(echo $stale | tr ' ' ',')" -am \
    package -DskipTests -Dspotless.check.skip=true
}

app_start() {
  local name=$1 heap=$2
  require_jdk
  mkdir -p "$STACK_HOME/$name" "$LOG_DIR"
  (
    # Least privilege: each application sees only its own secrets, through its environment
    # (never on a command line, where ps would show them).
    if [ "$name" = indexer ]; then
      export STRAPI_INDEXER_TOKEN INDEXER_WEBHOOK_SECRET INDEXER_API_KEY
      indexer_database_exports
    else
      export STRAPI_PORTAL_TOKEN INDEXER_API_KEY
    fi
    cd "$STACK_HOME/$name"
    # Run a private copy: a rebuild of target/*.jar must not pull classes from under a
    # running JVM.
    cp "$(app_jar "$name")" "$STACK_HOME/$name/$name.jar"
    start_process "$name" "$LOG_DIR/$name.log" env \
      INDEXER_PORT="$INDEXER_PORT" PORTAL_PORT="$PORTAL_PORT" \
      ES_URL="$(es_urls)" ES_REPLICAS="$(es_replicas)" \
      STRAPI_URL="http://127.0.0.1:$STRAPI_PORT" STRAPI_PUBLIC_URL="http://127.0.0.1:$STRAPI_PORT" \
      SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$MAIL_PORT" \
      PORTAL_NOTICES_PORTAL_URL="http://127.0.0.1:$PORTAL_PORT" \
      INDEXER_URL="http://127.0.0.1:$INDEXER_PORT" INDEXER_DATA_DIR="$STACK_HOME/indexer/data" \
      "$JDK_HOME/bin/java" "-Xmx$heap" -XX:+ExitOnOutOfMemoryError -jar "$STACK_HOME/$name/$name.jar" \
      --server.address="$STACK_BIND"
  )
}

# ------------------------------------------------------------------------ mail catcher ----
# GreenMail standalone from Maven Central: a real SMTP server that keeps every message and
# shows them through its web API (/api/user/<address>/messages/INBOX), without Docker.
GREENMAIL_VERSION=${GREENMAIL_VERSION:-2.1.8}
mail_jar() { echo "$HOME/.m2/repository/com/icegreen/greenmail-standalone/$GREENMAIL_VERSION/greenmail-standalone-$GREENMAIL_VERSION.jar"; }

mail_install() {
  [ -f "$(mail_jar)" ] && return 0
  require_jdk
  run_step "Downloading GreenMail $GREENMAIL_VERSION (mail catcher) from Maven Central" "$STACK_CACHE/logs/greenmail.log" \
    env JAVA_HOME="$JDK_HOME" mvn -B -q dependency:get "-Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION"
}

mail_start() {
  require_jdk
  mkdir -p "$STACK_HOME/mail" "$LOG_DIR"
  start_process mail "$LOG_DIR/mail.log" \
    "$JDK_HOME/bin/java" -Xmx128m -Dgreenmail.auth.disabled \
    -Dgreenmail.smtp.hostname=127.0.0.1 "-Dgreenmail.smtp.port=$MAIL_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 "-Dgreenmail.api.port=$MAIL_WEB_PORT" \
    -jar "$(mail_jar)"
}

# --------------------------------------------------------------------------- dispatch ----
component_install() {
  case $1 in
    es | es-*) es_install ;;
    pg) pg_install ;;
    mail) mail_install ;;
    strapi) strapi_install ;;
    indexer | portal) apps_build "$1" ;;
  esac
}

component_start() {
  case $1 in
    es) es_start ;;
    es-*) es_node_start "$1" ;;
    pg) pg_start ;;
    strapi) strapi_start ;;
    mail) mail_start ;;
    indexer) app_start indexer 1g ;;
    portal) app_start portal 768m ;;
  esac
}

component_port() {
  case $1 in
    es) echo "$ES_PORT" ;;
    es-*) es_node_port "$1" ;;
    pg) echo "$PG_PORT" ;;
    strapi) echo "$STRAPI_PORT" ;;
    indexer) echo "$INDEXER_PORT" ;;
    mail) echo "$MAIL_WEB_PORT" ;;
    portal) echo "$PORTAL_PORT" ;;
  esac
}

component_timeout() {
  case $1 in
    strapi) echo 300 ;; # first start creates the schema and seeds the corpus
    # A loaded CI machine (two cores, a build beside it) can take three minutes to start a JVM;
    # three Elasticsearch nodes start at once and wait for each other to elect a master.
    *) echo 300 ;;
  esac
}

# Data folders that `up --fresh` wipes (never the installs, never the secrets).
component_data() {
  case $1 in
    es) echo "$STACK_HOME/es/data" ;;
    es-*) echo "$STACK_HOME/$1/data" ;;
    pg) echo "$STACK_HOME/pg" ;;
    strapi) echo "$STACK_HOME/strapi" ;;
    indexer) echo "$STACK_HOME/indexer" ;;
    mail) echo "$STACK_HOME/mail" ;;
    portal) echo "$STACK_HOME/portal" ;;
  esac
}
