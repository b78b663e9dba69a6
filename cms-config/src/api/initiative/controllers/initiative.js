'use strict';

const { factories } = require('@strapi/strapi');

module.exports = factories.createCoreController('api::initiative.initiative', ({ strapi }) => ({
  /** Takes the published version down; the draft stays for editing. */
  async unpublish(ctx) {
    const { documentId } = ctx.params;
    const existing = await strapi.documents('api::initiative.initiative').findOne({ documentId, status: 'draft' });
    if (!existing) return ctx.notFound('Not found');
    await strapi.documents('api::initiative.initiative').unpublish({ documentId });
    ctx.body = { data: { documentId } };
  },
}));
