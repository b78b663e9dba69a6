'use strict';

const net = require('net');
const path = require('path');
// The class users-permissions' own limiter uses (koa2-ratelimit 1.x exports it one level down).
const { RateLimit } = require('koa2-ratelimit').RateLimit;
const { errors } = require('@strapi/utils');

/** `POST /api/auth/...` as the router would match it (case, trailing slash, dot segments). */
function isAuthPost(ctx) {
  if (ctx.method !== 'POST') return false;
  let decoded;
  try {
    decoded = decodeURIComponent(ctx.path);
  } catch {
    return true; // an undecodable path is treated as the most limited kind
  }
  return path.posix.normalize(decoded.toLowerCase()).startsWith('/api/auth/');
}

/**
 * Sign-in attempts that reach Strapi.
 *
 * Every portal user signs in from the portal's one address, so counting per address (what
 * users-permissions does) let a few staff signing in near a deadline lock out everyone else. The
 * portal counts failed attempts itself, per user name and per browser address
 * (portal/…/security/SignInLimiter), and sends the browser's address in `X-Client-Address` with its
 * own API key. Here:
 * - a call with the portal's key and a well-formed `X-Client-Address` is counted by that address:
 *   the request's `ip` becomes `portal-client:<address>`, so users-permissions' own limiter
 *   (config/plugins.js: AUTH_RATELIMIT_PORTAL_MAX per interval) counts each browser apart;
 * - any other call (a direct caller, or a forged header without the portal's key) is counted by
 *   its real address with the low ceiling AUTH_RATELIMIT_MAX, on every `/api/auth/*` route.
 */
module.exports = (config, { strapi }) => {
  const interval = { min: strapi.config.get('plugin::users-permissions.ratelimit.interval.min', 5) };
  const direct = new RateLimit({
    interval,
    max: config.directMax,
    prefixKey: 'sign-in-direct',
    handler() {
      throw new errors.RateLimitError();
    },
  });

  async function isPortal(ctx) {
    const match = /^Bearer\s+(\S+)$/i.exec(ctx.request.header.authorization || '');
    if (!match) return false;
    const service = strapi.service('admin::api-token-content-api') || strapi.service('admin::api-token');
    const token = await service.getByAccessKey(service.hash(match[1]));
    return Boolean(token && token.name === 'portal');
  }

  return async (ctx, next) => {
    if (!isAuthPost(ctx)) return next();
    const client = String(ctx.request.header['x-client-address'] || '').trim();
    if (net.isIP(client) && (await isPortal(ctx))) {
      ctx.request.ip = `portal-client:${client}`;
      return next();
    }
    return direct._rateLimit(ctx, next);
  };
};
