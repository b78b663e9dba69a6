'use strict';

/**
 * The browser origins allowed to call Strapi with credentials: the admin panel's own (PUBLIC_URL)
 * and those listed in CORS_ORIGINS (the portal's). Never '*': Strapi's CORS would then reflect any
 * origin with credentials allowed.
 */
function corsOrigins(env) {
  const listed = env('CORS_ORIGINS', '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
  if (listed.includes('*')) {
    throw new Error('[cms-config] CORS_ORIGINS must list origins, not "*"');
  }
  const own = env('PUBLIC_URL', '') ? [new URL(env('PUBLIC_URL')).origin] : [];
  const local = [`http://127.0.0.1:${env.int('PORT', 1337)}`, `http://localhost:${env.int('PORT', 1337)}`];
  return [...new Set([...own, ...listed, ...(own.length ? [] : local)])];
}

module.exports = ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: { origin: corsOrigins(env), credentials: true },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      // Keep the multipart limit in step with the upload plugin's sizeLimit.
      formLimit: '2mb',
      jsonLimit: '2mb',
      textLimit: '2mb',
      formidable: {
        maxFileSize: env.int('UPLOAD_MAX_BYTES', 262144000),
      },
    },
  },
  // Sign-in attempts: per browser address for the portal, a low ceiling for direct callers.
  {
    name: 'global::sign-in-limit',
    config: { directMax: env.int('AUTH_RATELIMIT_MAX', 5) },
  },
  'strapi::session',
  'strapi::favicon',
  // Uploaded files live outside the public folder and are served only here, after a check of
  // who may read them (src/middlewares/uploads.js, providers/upload-private).
  'global::uploads',
  'strapi::public',
];
