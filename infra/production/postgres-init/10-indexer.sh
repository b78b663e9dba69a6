#!/usr/bin/env bash
# Run once by the postgres image when it creates its data directory: the indexer's own role and
# database (its queue and file statuses, shared by every indexer instance). Each role owns its
# database only; no other role may connect to either. On an existing data directory, run the same
# statements once by hand (README, "Production").
set -euo pipefail
: "${INDEXER_DATABASE_PASSWORD:?set INDEXER_DATABASE_PASSWORD in .env}"
role=${INDEXER_DATABASE_USERNAME:-indexer}
db=${INDEXER_DATABASE_NAME:-indexer}
psql -v ON_ERROR_STOP=1 -v role="$role" -v db="$db" -v password="$INDEXER_DATABASE_PASSWORD" \
  --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -c "REVOKE ALL ON DATABASE \"$POSTGRES_DB\" FROM PUBLIC"
