'use strict';

module.exports = ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
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
  'strapi::session',
  'strapi::favicon',
  // Report files are served only to API tokens (see src/middlewares/private-report-files.js).
  'global::private-report-files',
  'strapi::public',
];
