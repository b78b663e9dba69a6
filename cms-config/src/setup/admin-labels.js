'use strict';

/**
 * Shows the Vietnamese text of each field (the schema's `info.fieldLabels`) as the field's help
 * text in the admin's edit view, so staff who configure the movement read what a field means in
 * their language. Runs after the content-manager has synced its configurations; never blocks a
 * start: a failure is logged and the admin keeps its default texts.
 */
async function applyFieldLabels(strapi, log) {
  try {
    const service = strapi.plugin('content-manager').service('content-types');
    let changed = 0;
    for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
      const labels = contentType.info && contentType.info.fieldLabels;
      if (!labels) continue;
      const configuration = await service.findConfiguration({ uid });
      const metadatas = { ...(configuration.metadatas || {}) };
      let dirty = false;
      for (const [field, text] of Object.entries(labels)) {
        const meta = metadatas[field];
        if (!meta || !meta.edit || meta.edit.description === text) continue;
        metadatas[field] = { ...meta, edit: { ...meta.edit, description: text } };
        dirty = true;
      }
      if (dirty) {
        await service.updateConfiguration({ uid }, { ...configuration, metadatas });
        changed += 1;
      }
    }
    log('admin labels', `${changed} content type(s) given Vietnamese field help`);
  } catch (error) {
    strapi.log.warn(`[bootstrap] admin labels: left as they are (${error.message})`);
  }
}

module.exports = { applyFieldLabels };
