'use strict';

const fs = require('fs');
const path = require('path');
const { secretList } = require('../lib/env');

module.exports = ({ env }) => {
  // The local upload provider writes to <public>/uploads and refuses to start without it.
  const publicDir = path.resolve(env('STRAPI_PUBLIC_DIR', './public'));
  fs.mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  // Uploaded files are kept here instead (providers/upload-private): never under the public dir,
  // which koa-static serves to anyone.
  const privateUploadsDir = path.resolve(env('STRAPI_PRIVATE_DIR', './private'), 'uploads');
  const relative = path.relative(publicDir, privateUploadsDir);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new Error(`[cms-config] STRAPI_PRIVATE_DIR (${privateUploadsDir}) must not be inside STRAPI_PUBLIC_DIR`);
  }

  return {
    host: env('HOST', '127.0.0.1'),
    port: env.int('PORT', 1337),
    // Absolute URL the server is reached at (admin panel, absolute links).
    url: env('PUBLIC_URL', ''),
    app: {
      keys: secretList('APP_KEYS'),
    },
    dirs: {
      public: publicDir,
    },
    privateUploadsDir,
    // No "new Strapi version" check against the registry at start.
    logger: {
      updates: { enabled: false },
    },
    webhooks: {
      // Webhook payloads carry related entries (unit, report, files...) so the indexer
      // does not have to call back for them.
      populateRelations: true,
    },
  };
};
