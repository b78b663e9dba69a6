'use strict';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Strapi's REST API lets any caller with `find` ask for `?status=draft`. Public visitors
 * and users-permissions users (who read through the Public / their role) must only ever
 * see published entries: drafts stay visible to API tokens (portal, indexer) and the admin.
 */
function publishedOnlyForPublicReads(strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (READ_ACTIONS.has(ctx.action) && ctx.contentType?.options?.draftAndPublish) {
      const request = strapi.requestContext.get();
      const route = request?.state?.route;
      const strategy = request?.state?.auth?.strategy?.name;
      if (route?.info?.type === 'content-api' && strategy !== 'content-api-token') {
        ctx.params = { ...ctx.params, status: 'published' };
      }
    }
    return next();
  });
}

module.exports = { publishedOnlyForPublicReads };
