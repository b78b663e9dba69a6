'use strict';

const path = require('path');

const REPORT_UID = 'api::report.report';
const FORMAT_PREFIX = /^(thumbnail|small|medium|large|xlarge)_/;

/**
 * Reports are not public, but the local upload provider serves every file under /uploads
 * to anyone who has its URL. This middleware answers 404 for a file attached to a report
 * unless the request carries a valid Content-API token (`Authorization: Bearer <key>`,
 * i.e. the portal or the indexer). Files of public content (plan attachments, covers,
 * evidence) stay public.
 */
module.exports = (config, { strapi }) => {
  const uploadsPrefix = '/uploads/';

  async function isReportFile(urlPath) {
    const name = path.parse(urlPath).name;
    const hashes = [name];
    if (FORMAT_PREFIX.test(name)) hashes.push(name.replace(FORMAT_PREFIX, ''));
    const file = await strapi.db.query('plugin::upload.file').findOne({
      where: { hash: { $in: hashes } },
      populate: { related: true },
    });
    return Boolean(file && (file.related || []).some((entry) => entry.__type === REPORT_UID));
  }

  async function hasApiToken(ctx) {
    const header = ctx.request.header.authorization || '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) return false;
    const service = strapi.service('admin::api-token-content-api') || strapi.service('admin::api-token');
    const token = await service.getByAccessKey(service.hash(match[1].trim()));
    if (!token) return false;
    return !token.expiresAt || new Date(token.expiresAt).getTime() > Date.now();
  }

  return async (ctx, next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith(uploadsPrefix)) {
      if ((await isReportFile(ctx.path)) && !(await hasApiToken(ctx))) {
        ctx.status = 404;
        ctx.body = 'Not Found';
        return;
      }
    }
    await next();
  };
};
