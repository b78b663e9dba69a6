'use strict';

const { secret } = require('../lib/env');

module.exports = ({ env }) => ({
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_MAX_BYTES', 262144000),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
      jwt: { expiresIn: '7d' },
      // Sign-in attempts per user name (the portal signs everyone in from its own address):
      // Strapi's default, 5 in 5 minutes. The test stack raises it: its tests sign the same
      // demo users in many times a minute.
      ratelimit: {
        max: env.int('AUTH_RATELIMIT_MAX', 5),
        interval: { min: env.int('AUTH_RATELIMIT_MINUTES', 5) },
      },
    },
  },
});
