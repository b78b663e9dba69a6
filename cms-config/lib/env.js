'use strict';

/**
 * Secrets Strapi cannot run without. In production (NODE_ENV=production, which
 * `npm run start` sets when NODE_ENV is unset) a missing one stops Strapi with one
 * message naming all of them; elsewhere a fixed, clearly fake development value is
 * used so `npm run develop` works on a fresh checkout.
 */
const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
];

let checked = false;

function assertSecrets() {
  if (checked) return;
  checked = true;
  const missing = REQUIRED_SECRETS.filter((name) => !String(process.env[name] || '').trim());
  if (missing.length === 0) return;
  // `strapi build` (admin panel) loads the config too but needs no secret.
  const building = process.argv.slice(2).includes('build');
  if (process.env.NODE_ENV === 'production' && !building) {
    const error = new Error(
      `[cms-config] Missing required environment variable(s): ${missing.join(', ')}. ` +
        'Strapi refuses to start in production without them (see cms-config/README.md, "Environment").'
    );
    error.stack = error.message; // the message says it all; no stack trace noise at boot
    throw error;
  }
  // eslint-disable-next-line no-console
  console.warn(
    `[cms-config] ${missing.join(', ')} not set: using insecure development placeholders (NODE_ENV=${
      process.env.NODE_ENV || 'development'
    }).`
  );
}

/** The secret's value, or a development placeholder (never reached in production). */
function secret(name) {
  assertSecrets();
  const value = String(process.env[name] || '').trim();
  return value || `insecure-development-placeholder-${name.toLowerCase()}`;
}

/** APP_KEYS is a comma-separated list. */
function secretList(name) {
  return secret(name)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

module.exports = { REQUIRED_SECRETS, assertSecrets, secret, secretList };
