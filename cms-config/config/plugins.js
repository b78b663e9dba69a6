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
      // The limiter users-permissions applies per address to its auth routes. The portal's calls
      // reach it counted per browser address (src/middlewares/sign-in-limit.js, which also holds
      // direct callers to AUTH_RATELIMIT_MAX): the portal's ceiling per browser address.
      ratelimit: {
        max: env.int('AUTH_RATELIMIT_PORTAL_MAX', 100),
        interval: { min: env.int('AUTH_RATELIMIT_MINUTES', 5) },
      },
    },
  },
});
