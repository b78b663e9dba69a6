'use strict';

const FILE_UID = 'plugin::upload.file';

/** The content types the indexer reads (its ContentModel): a new file of one of them is news. */
const INDEXED = new Set([
  'api::report.report',
  'api::initiative.initiative',
  'api::story.story',
  'api::campaign.campaign',
]);

/**
 * Tells the indexer which entry a new file belongs to. A file uploaded with `ref`, `refId` and
 * `field` (the portal's way) is created with its relation to the entry, and Strapi fires only
 * `media.create`, whose payload names no entry; the portal used to write the entry again,
 * unchanged, only to make Strapi fire `entry.update`. Here, once the file row exists, the same
 * `entry.update` goes out through Strapi's webhook runner (so with the webhook's secret header)
 * for each indexed entry the file was attached to; the indexer reads the entry again and finds
 * the file.
 */
function tellIndexerOfNewFiles(strapi) {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async afterCreate(event) {
      const related = event.params?.data?.related;
      if (!Array.isArray(related)) return;
      for (const link of related) {
        const uid = link?.__type;
        if (!INDEXED.has(uid) || link.id === undefined || link.id === null) continue;
        try {
          const entry = await strapi.db
            .query(uid)
            .findOne({ where: { id: link.id }, select: ['id', 'documentId'] });
          if (!entry) continue;
          strapi.eventHub.emit('entry.update', {
            model: strapi.getModel(uid).modelName,
            uid,
            entry: { id: entry.id, documentId: entry.documentId },
          });
        } catch (error) {
          // The file is stored; the indexer's reconcile pass finds it later.
          strapi.log.warn(`[upload-relations] could not tell the indexer about ${uid} ${link.id}: ${error.message}`);
        }
      }
    },
  });
}

module.exports = { tellIndexerOfNewFiles };
