'use strict';

const fs = require('fs');
const { PUBLIC_READ_TYPES } = require('../setup/roles');

const REPORT_UID = 'api::report.report';
const FORMAT_PREFIX = /^(thumbnail|small|medium|large|xlarge)_/;
/** A stored name as the private provider writes it: Strapi's hash and extension, nothing else. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/** Types the Public role reads: files of their published entries are public. */
const PUBLIC_UIDS = new Set(PUBLIC_READ_TYPES.map((type) => `api::${type}.${type}`));

/**
 * Serves `/uploads/<name>` from the private store (providers/upload-private), never from the public
 * folder. The bytes sent are those of the database record that was checked, so a path that
 * decodes differently (`%2E`, `%2e`, `%252E`, `..%2F`, `;`, upper case...) either names that same
 * record, and gets the same answer, or names nothing and gets 404.
 *
 * Who may read a file (deny by default):
 * - a file of a published entry of a public type (plan attachments, story covers, initiative
 *   evidence) that is attached to no report: everyone;
 * - anything else (a report's file, a file of a draft only, a file attached to nothing): only a
 *   valid Content-API token (the portal, the indexer), sent as `Authorization: Bearer <key>`.
 * Every refusal is the same 404, so a caller cannot tell a private file from a missing one.
 */
module.exports = (config, { strapi }) => {
  const prefix = '/uploads/';

  function nameOf(rawPath) {
    let name;
    try {
      name = decodeURIComponent(rawPath.slice(prefix.length));
    } catch {
      return null;
    }
    return SAFE_NAME.test(name) && !name.includes('..') ? name : null;
  }

  async function recordOf(name) {
    const url = `${prefix}${name}`;
    const base = name.replace(/\.[^.]*$/, '');
    const hashes = [base];
    if (FORMAT_PREFIX.test(base)) hashes.push(base.replace(FORMAT_PREFIX, ''));
    const files = await strapi.db.query('plugin::upload.file').findMany({
      where: { hash: { $in: hashes } },
      populate: { related: true },
    });
    // The name must be the record's own URL or one of its formats' (thumbnail...), exactly.
    const match = (file) =>
      file.url === url || Object.values(file.formats || {}).some((format) => format?.url === url);
    return files.find(match) || null;
  }

  function isPublic(file) {
    const related = file.related || [];
    if (related.some((entry) => entry.__type === REPORT_UID)) return false;
    return related.some((entry) => PUBLIC_UIDS.has(entry.__type) && entry.publishedAt);
  }

  async function hasApiToken(ctx) {
    const header = ctx.request.header.authorization || '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return false;
    const service = strapi.service('admin::api-token-content-api') || strapi.service('admin::api-token');
    const token = await service.getByAccessKey(service.hash(match[1]));
    if (!token || (token.kind && token.kind !== 'content-api')) return false;
    return !token.expiresAt || new Date(token.expiresAt).getTime() > Date.now();
  }

  function notFound(ctx) {
    ctx.status = 404;
    ctx.body = 'Not Found';
  }

  return async (ctx, next) => {
    if (!ctx.path.startsWith(prefix)) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return notFound(ctx);
    const name = nameOf(ctx.path);
    const file = name && (await recordOf(name));
    if (!file) return notFound(ctx);
    const open = isPublic(file);
    if (!open && !(await hasApiToken(ctx))) return notFound(ctx);

    const stored = strapi.plugin('upload').provider.pathOf?.(name);
    const stat = stored && (await fs.promises.stat(stored).catch(() => null));
    if (!stat || !stat.isFile()) return notFound(ctx);
    const format = Object.values(file.formats || {}).find((f) => f?.url === `${prefix}${name}`);
    ctx.status = 200;
    ctx.type = (format || file).mime || 'application/octet-stream';
    ctx.set('Last-Modified', stat.mtime.toUTCString());
    ctx.set('X-Content-Type-Options', 'nosniff');
    // A private answer must not be kept by a shared cache.
    ctx.set('Cache-Control', open ? 'public, max-age=300' : 'private, no-store');
    if (ctx.method === 'GET') ctx.body = fs.createReadStream(stored);
    ctx.length = stat.size;
  };
};
