'use strict';

const FIELDS = require('./admin-fields.json');

/**
 * The admin's edit and list views in the staff's words: every field of every content type and
 * component gets a Vietnamese label and a help text, from `admin-fields.json` (kept in the repo
 * beside this file; the help falls back to the schema's `info.fieldLabels`). Without it the admin
 * shows the API names (`sourceFileName`, `reviewStatus`), which an editor cannot be expected to
 * read. Runs after the content-manager has synced its configurations; never blocks a start: a
 * failure is logged and the admin keeps its default texts.
 */
async function applyFieldLabels(strapi, log) {
  try {
    const contentManager = strapi.plugin('content-manager');
    let changed = 0;
    for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
      if (!uid.startsWith('api::')) continue;
      const service = contentManager.service('content-types');
      if (await relabel(service, { uid }, contentType, FIELDS[uid])) changed += 1;
    }
    for (const [uid, component] of Object.entries(strapi.components)) {
      const service = contentManager.service('components');
      const model = service.findComponent(uid);
      if (model && (await relabel(service, model, component, FIELDS[uid]))) changed += 1;
    }
    log('admin labels', `${changed} content type(s) and component(s) given Vietnamese labels and help`);
  } catch (error) {
    strapi.log.warn(`[bootstrap] admin labels: left as they are (${error.message})`);
  }
}

/** Sets each field's label (edit and list views) and help; true when something changed. */
async function relabel(service, model, schema, fields) {
  const help = (schema.info && schema.info.fieldLabels) || {};
  const configuration = await service.findConfiguration(model);
  const metadatas = { ...(configuration.metadatas || {}) };
  let dirty = false;
  for (const field of Object.keys(schema.attributes || {})) {
    const meta = metadatas[field];
    if (!meta) continue;
    const label = fields && fields[field] && fields[field].label;
    const description = (fields && fields[field] && fields[field].help) || help[field];
    const edit = { ...(meta.edit || {}) };
    const list = { ...(meta.list || {}) };
    if (label && edit.label !== label) edit.label = label;
    if (label && meta.list && list.label !== label) list.label = label;
    if (description && edit.description !== description) edit.description = description;
    if (JSON.stringify(edit) !== JSON.stringify(meta.edit || {}) || JSON.stringify(list) !== JSON.stringify(meta.list || {})) {
      metadatas[field] = { ...meta, edit, ...(meta.list ? { list } : {}) };
      dirty = true;
    }
  }
  if (dirty) await service.updateConfiguration(model, { ...configuration, metadatas });
  return dirty;
}

module.exports = { applyFieldLabels };
