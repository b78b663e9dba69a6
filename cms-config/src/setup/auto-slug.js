'use strict';

const { slugify } = require('../../lib/slug');

/**
 * The admin panel fills `uid` fields (slug) from their target field, the REST API does
 * not. So that the portal can create a story or initiative with a title only, a missing
 * slug is derived from the title (or name) on create, made unique with -1, -2... as the
 * admin panel does. A slug the caller sends is kept.
 */
function autoSlugOnCreate(strapi) {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.action !== 'create' || !ctx.params?.data || !ctx.contentType?.attributes) return next();
    const data = ctx.params.data;
    for (const [field, attribute] of Object.entries(ctx.contentType.attributes)) {
      if (attribute.type !== 'uid' || !attribute.targetField || data[field]) continue;
      const source = data[attribute.targetField];
      if (typeof source !== 'string' || !source.trim()) continue;
      const base = slugify(source).slice(0, 180) || ctx.contentType.modelName;
      const taken = await strapi.db.query(ctx.uid).findMany({
        select: [field],
        where: { [field]: { $startsWith: base } },
      });
      const used = new Set(taken.map((row) => row[field]));
      let candidate = base;
      for (let i = 1; used.has(candidate); i += 1) candidate = `${base}-${i}`;
      ctx.params = { ...ctx.params, data: { ...data, [field]: candidate } };
    }
    return next();
  });
}

module.exports = { autoSlugOnCreate };
