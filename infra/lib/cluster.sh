# shellcheck shell=bash
# The production shape on one machine (STACK_PROFILE=cluster, or ES_NODES=3 / STACK_DB=postgres
# on any profile): PostgreSQL for Strapi and an Elasticsearch cluster of three nodes. Sourced by
# infra/stack after components.sh; components.sh dispatches `pg` and `es-N` here.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# The components of this profile, in start order: pg before Strapi when Strapi uses it, one
# `es` or the nodes es-1 … es-N of a cluster.
stack_components() {
  local list="" i
  [ "$STACK_DB" = postgres ] && list="pg "
  if [ "$ES_NODES" -gt 1 ]; then
    for i in $(seq 1 "$ES_NODES"); do list="${list}es-$i "; done
  else
    list="${list}es "
  fi
  echo "${list}strapi indexer mail portal"
}

# Every node's URL, comma-separated: what the indexer gets as ES_URL.
es_urls() {
  local i urls=""
  if [ "$ES_NODES" -le 1 ]; then
    echo "http://127.0.0.1:$ES_PORT"
    return
  fi
  for i in $(seq 1 "$ES_NODES"); do urls="${urls:+$urls,}http://127.0.0.1:$((ES_PORT + i - 1))"; done
  echo "$urls"
}

# One replica when there is a node to hold it; none on a single node (it would stay unassigned
# and the index yellow for ever).
es_replicas() { if [ "$ES_NODES" -gt 1 ]; then echo 1; else echo 0; fi; }

es_node_port() { echo $((ES_PORT + ${1#es-} - 1)); }

# --------------------------------------------------------------- Elasticsearch nodes ----
# es_node_start es-N — one node of the cluster: own http and transport ports, own config, data
# and logs under STACK_HOME/es-N, discovery through the transport ports of all nodes.
es_node_start() {
  local name=$1 n home conf data seeds="" i
  n=${name#es-}
  home=$(ES_HOME_DIR)
  conf=$STACK_HOME/$name/config
  data=$STACK_HOME/$name/data
  require_jdk
  rm -rf "$conf"
  mkdir -p "$conf/jvm.options.d" "$data" "$LOG_DIR/$name"
  cp "$home/config/jvm.options" "$home/config/log4j2.properties" "$conf/"
  for i in $(seq 1 "$ES_NODES"); do seeds="${seeds:+$seeds, }\"127.0.0.1:$((ES_TRANSPORT_PORT + i - 1))\""; done
  cat >"$conf/elasticsearch.yml" <<EOF
cluster.name: thidua-$STACK_PROFILE
node.name: $name
path.data: $data
path.logs: $LOG_DIR/$name
# Snapshots (infra/stack backup --snapshot) go to a shared folder every node can write.
path.repo: ["$STACK_HOME/es-snapshots"]
network.host: $STACK_BIND
http.port: $(es_node_port "$name")
transport.port: $((ES_TRANSPORT_PORT + n - 1))
discovery.seed_hosts: [$seeds]
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: true
EOF
  # Only the very first start of a cluster names its first masters; afterwards the nodes find
  # the cluster they belong to in their data, and the setting would be ignored with a warning.
  if [ -z "$(ls -A "$data" 2>/dev/null)" ]; then
    local masters="" j
    for j in $(seq 1 "$ES_NODES"); do masters="${masters:+$masters, }es-$j"; done
    echo "cluster.initial_master_nodes: [$masters]" >>"$conf/elasticsearch.yml"
  fi
  printf -- '-Xms%s\n-Xmx%s\n' "$ES_HEAP" "$ES_HEAP" >"$conf/jvm.options.d/heap.options"
  mkdir -p "$STACK_HOME/es-snapshots"
  if [ "$(id -u)" -eq 0 ]; then
    id elasticsearch >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin elasticsearch
    chown -R elasticsearch: "$conf" "$data" "$LOG_DIR/$name" "$STACK_HOME/es-snapshots"
    start_process "$name" "$LOG_DIR/$name.log" runuser -u elasticsearch -- \
      env ES_JAVA_HOME="$JDK_HOME" ES_PATH_CONF="$conf" "$home/bin/elasticsearch"
  else
    start_process "$name" "$LOG_DIR/$name.log" \
      env ES_JAVA_HOME="$JDK_HOME" ES_PATH_CONF="$conf" "$home/bin/elasticsearch"
  fi
}

# A node is healthy when it answers as a member of a cluster that has elected a master.
es_node_healthy() {
  curl -fs --max-time 5 "http://127.0.0.1:$(es_node_port "$1")/_cluster/health" | grep -qE '"status":"(green|yellow)"'
}

# One line for `status`: the cluster's health as one of its nodes sees it.
es_cluster_status() {
  local i port body
  for i in $(seq 1 "$ES_NODES"); do
    port=$((ES_PORT + i - 1))
    body=$(curl -fs --max-time 5 "http://127.0.0.1:$port/_cluster/health" 2>/dev/null) || continue
    echo "$body" | sed -E 's/.*"status":"([a-z]+)".*"number_of_nodes":([0-9]+).*"active_shards":([0-9]+).*"unassigned_shards":([0-9]+).*/\1, \2 nodes, \3 active shards, \4 unassigned/'
    return 0
  done
  echo "no node answers"
  return 1
}

# ------------------------------------------------------------------------ PostgreSQL ----
# Debian's PostgreSQL 15, but not Debian's cluster: its own data directory under STACK_HOME, its
# own port and socket folder, run as the `postgres` system user (when we are root) or as us.
pg_user() { if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi; }
pg_as() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_install() {
  [ -x "$PG_BIN/initdb" ] && return 0
  ensure_debian_packages postgresql-15 || die "PostgreSQL 15 is needed for STACK_DB=postgres (apt-get install postgresql-15)"
}

pg_start() {
  local dir=$STACK_HOME/pg
  mkdir -p "$dir/run" "$LOG_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    chown postgres: "$dir" "$dir/run"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    # Local socket: the OS user is the superuser (peer); TCP: password (scram) only.
    run_step "Creating the PostgreSQL cluster in ${dir#"$REPO"/}/data" "$LOG_DIR/pg-initdb.log" \
      pg_as "$PG_BIN/initdb" -D "$dir/data" -E UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256
  fi
  local as=()
  [ "$(id -u)" -ne 0 ] || as=(runuser -u postgres --)
  # Fast shutdown (SIGINT) on stop: the default (TERM) waits for every client to leave.
  STACK_STOP_SIGNAL=INT start_process pg "$LOG_DIR/pg.log" "${as[@]}" "$PG_BIN/postgres" \
    -D "$dir/data" -p "$PG_PORT" -k "$dir/run" -c listen_addresses="$STACK_BIND"
  wait_healthy pg 60 pg_ready
  pg_provision
}

pg_ready() { "$PG_BIN/pg_isready" -q -h "$STACK_HOME/pg/run" -p "$PG_PORT"; }

# psql as the superuser over the local socket; SQL on stdin.
pg_psql() {
  local db=${1:-postgres}
  shift || true
  pg_as "$PG_BIN/psql" -v ON_ERROR_STOP=1 -q -h "$STACK_HOME/pg/run" -p "$PG_PORT" -d "$db" "$@"
}

# Strapi's role and database, and the indexer's (its queue and file statuses, shared by every
# indexer instance), once; each role owns its own database only, no other role may connect to
# it, and the passwords follow the secrets file.
pg_provision() {
  local role=${DATABASE_USERNAME:-strapi} db=${DATABASE_NAME:-strapi}
  local irole=${INDEXER_DATABASE_USERNAME:-indexer} idb=${INDEXER_DATABASE_NAME:-indexer}
  pg_psql postgres <<EOF
SELECT 'CREATE ROLE $role LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role')\gexec
ALTER ROLE $role PASSWORD '$DATABASE_PASSWORD';
SELECT 'CREATE DATABASE $db OWNER $role' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db')\gexec
REVOKE ALL ON DATABASE $db FROM PUBLIC;
SELECT 'CREATE ROLE $irole LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$irole')\gexec
ALTER ROLE $irole PASSWORD '$INDEXER_DATABASE_PASSWORD';
SELECT 'CREATE DATABASE $idb OWNER $irole' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$idb')\gexec
REVOKE ALL ON DATABASE $idb FROM PUBLIC;
EOF
}

# Exported for the indexer's process (never on its command line): its queue in PostgreSQL, with
# the same INDEXER_DATABASE_* variables as infra/production. Without PostgreSQL, H2 in its data
# folder.
indexer_database_exports() {
  if [ "$STACK_DB" = postgres ]; then
    export INDEXER_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/${INDEXER_DATABASE_NAME:-indexer}" \
      INDEXER_DATABASE_USERNAME="${INDEXER_DATABASE_USERNAME:-indexer}" INDEXER_DATABASE_PASSWORD
  fi
}

pg_healthy() { pg_ready && pg_psql postgres <<<"SELECT 1" >/dev/null 2>&1; }

pg_status() {
  if pg_ready; then
    echo "accepting connections on $PG_PORT ($(pg_psql "${DATABASE_NAME:-strapi}" -At <<<"SELECT pg_size_pretty(pg_database_size(current_database()))" 2>/dev/null | tr -d ' ' | head -1 || echo '?') in Strapi's database)"
  else
    echo "not answering on $PG_PORT"
  fi
}

# Exported for Strapi's process (never on its command line): the same DATABASE_* variables as
# infra/production.
strapi_database_exports() {
  if [ "$STACK_DB" = postgres ]; then
    export DATABASE_CLIENT=postgres DATABASE_HOST=127.0.0.1 DATABASE_PORT="$PG_PORT" \
      DATABASE_NAME="${DATABASE_NAME:-strapi}" DATABASE_USERNAME="${DATABASE_USERNAME:-strapi}" \
      DATABASE_PASSWORD
  else
    export DATABASE_CLIENT=sqlite DATABASE_FILENAME="$STACK_HOME/strapi/data.db"
  fi
}
