# shellcheck shell=bash
# Backup and restore of the local stack (infra/stack backup / restore). Sourced by infra/stack.
#
# What cannot be rebuilt: Strapi's database (every entry, user, review and history), the
# uploaded files (the whole files tree of Strapi under STACK_HOME/strapi, public and private,
# whatever folders it grows), the generated secrets (the API tokens' hashes and the encrypted
# token copies in the database only work with them) and a note of the site's shape. The search
# index and the indexer's queue are not in it: after a restore the indexer's reconcile pass
# rebuilds them from Strapi (see the README for the measured times).

BACKUP_KEEP=${BACKUP_KEEP:-14}

# Counts of what a user would miss, from a SQLite copy or the running PostgreSQL.
backup_counts() {
  local sql="" t
  # Draft & publish keeps two rows per published document: count documents.
  for t in reports initiatives initiative_reviews stories awards units criteria files up_users; do
    if [ "$t" = files ] || [ "$t" = up_users ]; then
      sql="$sql SELECT '$t', count(*) FROM $t UNION ALL"
    else
      sql="$sql SELECT '$t', count(DISTINCT document_id) FROM $t UNION ALL"
    fi
  done
  sql="${sql% UNION ALL};"
  if [ "$STACK_DB" = postgres ]; then
    pg_psql "${DATABASE_NAME:-strapi}" <<<"\\pset tuples_only on
\\pset format unaligned
\\pset fieldsep ' '
$sql"
  else
    sqlite3 -separator ' ' "$1" "$sql"
  fi
}

cmd_backup() {
  local dir=${1:-$STACK_HOME/backups} stamp name work archive size files bytes
  [ -f "$SECRETS_FILE" ] || die "no stack in $STACK_HOME (no secrets file): nothing to back up"
  # shellcheck disable=SC1090
  . "$SECRETS_FILE"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # The archive holds every secret of the site: only its owner may read it.
  chmod 700 "$dir"
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  name=thidua-$STACK_PROFILE-$stamp
  BACKUP_TMP=$(mktemp -d "$dir/.partial-XXXXXX")
  trap 'rm -rf "$BACKUP_TMP"' EXIT
  work=$BACKUP_TMP/$name
  mkdir -p "$work/files"
  say "Backing up profile '$STACK_PROFILE' ($STACK_DB) into $dir"

  if [ "$STACK_DB" = postgres ]; then
    pg_ready || die "PostgreSQL is not running: STACK_PROFILE=$STACK_PROFILE infra/stack up pg"
    # A consistent snapshot of a running database (one transaction), in the custom format
    # pg_restore reads; the password through the environment, never the command line.
    PGPASSWORD=$DATABASE_PASSWORD "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" \
      -U "${DATABASE_USERNAME:-strapi}" -d "${DATABASE_NAME:-strapi}" -Fc --no-owner \
      -f "$work/strapi.pgdump" || die "pg_dump failed"
    backup_counts >"$work/CONTENTS.txt"
  else
    [ -f "$STACK_HOME/strapi/data.db" ] || die "no Strapi database at $STACK_HOME/strapi/data.db"
    # SQLite's online backup: a consistent copy while Strapi keeps writing (copying the file
    # could catch half a transaction).
    sqlite3 "$STACK_HOME/strapi/data.db" ".timeout 10000" ".backup '$work/strapi.db'" ||
      die "SQLite backup failed"
    [ "$(sqlite3 "$work/strapi.db" 'PRAGMA integrity_check')" = ok ] || die "the SQLite copy fails its integrity check"
    backup_counts "$work/strapi.db" >"$work/CONTENTS.txt"
  fi
  # Every file Strapi keeps, in whatever folder, except its SQLite database.
  tar -C "$STACK_HOME/strapi" --exclude='./data.db' --exclude='./data.db-*' -cf - . | tar -C "$work/files" -xf -
  cp "$SECRETS_FILE" "$work/secrets.env"
  cat >"$work/stack.env" <<EOF
# The shape of the stack this backup came from (infra/stack backup).
BACKUP_CREATED=$(date -u +%FT%TZ)
BACKUP_PROFILE=$STACK_PROFILE
BACKUP_DB=$STACK_DB
BACKUP_ES_NODES=$ES_NODES
BACKUP_ES_VERSION=$ES_VERSION
BACKUP_COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
EOF
  files=$(find "$work/files" -type f | wc -l)
  bytes=$(du -sb "$work/files" | cut -f1)
  echo "uploaded_files $files" >>"$work/CONTENTS.txt"
  echo "uploaded_bytes $bytes" >>"$work/CONTENTS.txt"
  # Checksums of every file: restore refuses an archive that does not match them.
  (cd "$work" && find . -type f ! -name MANIFEST.sha256 -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/MANIFEST.sha256"
  local sums contents
  sums=$(wc -l <"$work/MANIFEST.sha256")
  contents=$(grep -v '^uploaded' "$work/CONTENTS.txt" | tr '\n' ',' | sed 's/,$//; s/,/, /g')
  archive=$dir/$name.tar.gz
  (umask 077 && tar -C "$BACKUP_TMP" -czf "$archive.partial" "$name")
  mv "$archive.partial" "$archive"
  rm -rf "$BACKUP_TMP"
  trap - EXIT
  size=$(du -h "$archive" | cut -f1)
  say "Backup written: $archive ($size)"
  echo "    database:  $( [ "$STACK_DB" = postgres ] && echo 'strapi.pgdump (pg_dump, custom format)' || echo 'strapi.db (SQLite online backup)')"
  echo "    files:     $files uploaded files, $bytes bytes (files/)"
  echo "    secrets:   secrets.env (keep the archive private: it holds every key of the site)"
  echo "    checksums: MANIFEST.sha256 ($sums files)"
  echo "    entries:   $contents"
  backup_prune "$dir"
  echo "$archive" >"$dir/LATEST"
}

# Keeps the newest BACKUP_KEEP archives of this profile in DIR.
backup_prune() {
  local dir=$1 old
  # shellcheck disable=SC2012
  ls -1t "$dir"/thidua-"$STACK_PROFILE"-*.tar.gz 2>/dev/null | tail -n +$((BACKUP_KEEP + 1)) | while read -r old; do
    say "Removing old backup $(basename "$old") (BACKUP_KEEP=$BACKUP_KEEP)"
    rm -f "$old"
  done
}

cmd_restore() {
  local force=0 archive work c
  if [ "${1:-}" = --force ]; then
    force=1
    shift
  fi
  archive=${1:-}
  [ -n "$archive" ] && [ -f "$archive" ] || die "usage: infra/stack restore [--force] ARCHIVE (a thidua-*.tar.gz from infra/stack backup)"
  archive=$(readlink -f "$archive")
  take_lock
  for c in $ALL_COMPONENTS; do
    if running_pid "$c" >/dev/null; then
      die "$c of profile '$STACK_PROFILE' is running: stop the stack first (STACK_PROFILE=$STACK_PROFILE infra/stack down)"
    fi
  done
  if [ "$force" -eq 0 ] && { [ -n "$(ls -A "$STACK_HOME/strapi" 2>/dev/null)" ] || [ -d "$STACK_HOME/pg/data" ]; }; then
    die "$STACK_HOME already holds a site: restore into a fresh state folder (another STACK_PROFILE or STACK_HOME), or replace it with --force"
  fi
  BACKUP_TMP=$(mktemp -d)
  trap 'rm -rf "$BACKUP_TMP"' EXIT
  say "Unpacking $(basename "$archive")"
  tar -C "$BACKUP_TMP" -xzf "$archive" || die "cannot read $archive"
  work=$(find "$BACKUP_TMP" -mindepth 1 -maxdepth 1 -type d | head -1)
  [ -f "$work/MANIFEST.sha256" ] || die "$archive is not a backup of infra/stack (no MANIFEST.sha256)"
  (cd "$work" && sha256sum --quiet -c MANIFEST.sha256) || die "$archive is damaged: its files do not match MANIFEST.sha256"
  say "Checksums match ($(wc -l <"$work/MANIFEST.sha256") files)"
  if [ -f "$work/strapi.pgdump" ] && [ "$STACK_DB" != postgres ]; then
    die "this backup holds a PostgreSQL database: restore it into a profile with STACK_DB=postgres (e.g. STACK_PROFILE=cluster)"
  fi
  if [ -f "$work/strapi.db" ] && [ "$STACK_DB" = postgres ]; then
    die "this backup holds a SQLite database: restore it into a profile with STACK_DB=sqlite (default, test)"
  fi

  # Whatever was there goes (--force), including the search index and the indexer's queue,
  # which the indexer rebuilds from the restored Strapi.
  rm -rf "$STACK_HOME/strapi" "$STACK_HOME/pg" "$STACK_HOME/indexer" "$STACK_HOME/es/data"
  for c in $ALL_COMPONENTS; do
    case $c in es-*) rm -rf "$STACK_HOME/$c/data" ;; esac
  done
  mkdir -p "$STACK_HOME/strapi"
  install -m 600 "$work/secrets.env" "$SECRETS_FILE"
  cp -a "$work/files/." "$STACK_HOME/strapi/"
  if [ -f "$work/strapi.db" ]; then
    cp "$work/strapi.db" "$STACK_HOME/strapi/data.db"
  else
    ensure_secrets
    pg_install
    pg_start
    PGPASSWORD=$DATABASE_PASSWORD "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" \
      -U "${DATABASE_USERNAME:-strapi}" -d "${DATABASE_NAME:-strapi}" --no-owner --exit-on-error \
      "$work/strapi.pgdump" || die "pg_restore failed"
    say "PostgreSQL restored and left running (pg)"
  fi
  say "Restored $(basename "$archive") into ${STACK_HOME#"$REPO"/} (profile '$STACK_PROFILE'):"
  sed 's/^/    /' "$work/CONTENTS.txt" 2>/dev/null || true
  rm -rf "$BACKUP_TMP"
  trap - EXIT
  say "Start it with: STACK_PROFILE=$STACK_PROFILE infra/stack up — the indexer rebuilds the search index from Strapi at its first start (reconcile)."
}
