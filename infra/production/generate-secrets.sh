#!/usr/bin/env bash
# Prints fresh secrets for a production .env (the same names infra/stack generates locally).
set -euo pipefail
r() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "${1:-40}"; }
echo "APP_KEYS=$(r 32),$(r 32),$(r 32),$(r 32)"
for k in API_TOKEN_SALT TRANSFER_TOKEN_SALT INDEXER_WEBHOOK_SECRET INDEXER_API_KEY DATABASE_PASSWORD INDEXER_DATABASE_PASSWORD; do echo "$k=$(r 40)"; done
for k in ADMIN_JWT_SECRET JWT_SECRET ENCRYPTION_KEY; do echo "$k=$(r 48)"; done
for k in STRAPI_PORTAL_TOKEN STRAPI_INDEXER_TOKEN; do echo "$k=$(r 64)"; done
echo "STRAPI_ADMIN_PASSWORD=Ad1$(r 21)"
