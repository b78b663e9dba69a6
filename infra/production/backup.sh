#!/usr/bin/env bash
# Production backup: one dated archive of what cannot be rebuilt, in the same layout as
# `infra/stack backup` (so `infra/stack restore` reads it in a restore drill):
#   strapi.pgdump   pg_dump of Strapi's database (custom format, consistent while Strapi runs)
#   files/          every file Strapi keeps (public uploads and private report files)
#   secrets.env     the site's .env (keys, tokens, host names): the archive is mode 600
#   stack.env       what the backup came from; CONTENTS.txt counts; MANIFEST.sha256 checksums
# The search index is not in it: the indexer rebuilds it from Strapi (reconcile) after a restore.
#
# Run by the compose service `backup` (daily loop) or by thidua-backup.timer (systemd). Reads:
#   DATABASE_HOST DATABASE_PORT DATABASE_NAME DATABASE_USERNAME DATABASE_PASSWORD
#   STRAPI_FILES_DIR  Strapi's files tree (compose: /srv/strapi; systemd: /var/lib/thidua/strapi)
#   SITE_ENV_FILE     the site's .env to include (optional)
#   BACKUP_DIR        where archives go (/var/backups/thidua)
#   BACKUP_KEEP_DAILY (14) newest archives kept; BACKUP_KEEP_MONTHLY (12) first of each month kept
set -euo pipefail
umask 077

: "${DATABASE_PASSWORD:?DATABASE_PASSWORD is required}"
host=${DATABASE_HOST:-127.0.0.1}
port=${DATABASE_PORT:-5432}
db=${DATABASE_NAME:-strapi}
user=${DATABASE_USERNAME:-strapi}
files_dir=${STRAPI_FILES_DIR:-/var/lib/thidua/strapi}
dir=${BACKUP_DIR:-/var/backups/thidua}
keep_daily=${BACKUP_KEEP_DAILY:-14}
keep_monthly=${BACKUP_KEEP_MONTHLY:-12}

log() { printf '[backup %s] %s\n' "$(date -u +%FT%TZ)" "$*"; }

mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name=thidua-production-$stamp
tmp=$(mktemp -d "$dir/.partial-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
work=$tmp/$name
mkdir -p "$work/files"

PGPASSWORD=$DATABASE_PASSWORD pg_dump -h "$host" -p "$port" -U "$user" -d "$db" -Fc --no-owner -f "$work/strapi.pgdump"
tar -C "$files_dir" --exclude='./data.db' --exclude='./data.db-*' -cf - . | tar -C "$work/files" -xf -
[ -z "${SITE_ENV_FILE:-}" ] || cp "$SITE_ENV_FILE" "$work/secrets.env"
cat >"$work/stack.env" <<EOT
BACKUP_CREATED=$(date -u +%FT%TZ)
BACKUP_PROFILE=production
BACKUP_DB=postgres
EOT
{
  PGPASSWORD=$DATABASE_PASSWORD psql -h "$host" -p "$port" -U "$user" -d "$db" -At -F ' ' -c \
    "SELECT 'reports', count(*) FROM reports UNION ALL SELECT 'initiatives', count(DISTINCT document_id) FROM initiatives UNION ALL SELECT 'initiative_reviews', count(*) FROM initiative_reviews UNION ALL SELECT 'stories', count(DISTINCT document_id) FROM stories UNION ALL SELECT 'awards', count(DISTINCT document_id) FROM awards UNION ALL SELECT 'files', count(*) FROM files" || true
  echo "uploaded_files $(find "$work/files" -type f | wc -l)"
  echo "uploaded_bytes $(du -sb "$work/files" | cut -f1)"
} >"$work/CONTENTS.txt"
(cd "$work" && find . -type f ! -name MANIFEST.sha256 -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) >"$work/MANIFEST.sha256"
tar -C "$tmp" -czf "$dir/$name.tar.gz.partial" "$name"
mv "$dir/$name.tar.gz.partial" "$dir/$name.tar.gz"
log "wrote $dir/$name.tar.gz ($(du -h "$dir/$name.tar.gz" | cut -f1)): $(tr '\n' ',' <"$work/CONTENTS.txt" | sed 's/,$//')"

# Retention: the newest $keep_daily, plus the first archive of each of the last $keep_monthly
# months (a mistake found weeks later can still be undone).
keep=$(
  ls -1 "$dir"/thidua-production-*.tar.gz | sort -r | head -n "$keep_daily"
  ls -1 "$dir"/thidua-production-*.tar.gz | sort | awk '{n = split($0, p, "/"); m = substr(p[n], 19, 6)} !seen[m]++' | tail -n "$keep_monthly"
)
for f in "$dir"/thidua-production-*.tar.gz; do
  grep -qxF "$f" <<<"$keep" || { log "retention: removing $(basename "$f")"; rm -f "$f"; }
done
