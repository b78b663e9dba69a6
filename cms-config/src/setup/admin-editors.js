'use strict';

/**
 * Strapi's admin for the public service centre's editors, who may prefer it to the portal's own
 * story editor: its Editor and Author roles reach only the editorial types (stories and columns)
 * and the media library, never the units' reports, the council's work, users or settings; and
 * a seeded account of each, in Vietnamese, whose password is the portal editor's
 * (DEMO_PASSWORD_EDITOR, from the stack's secrets file), so "open in Strapi" works for them.
 */

const EDITORIAL = ['api::story.story', 'api::column.column'];
const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];
const PUBLISH = 'plugin::content-manager.explorer.publish';

const ACCOUNTS = [
  { email: 'bientap@daison.example', firstname: 'Biên tập', lastname: 'Trung tâm Phục vụ hành chính công', role: 'strapi-editor' },
  { email: 'congtacvien@daison.example', firstname: 'Cộng tác viên', lastname: 'Trung tâm Phục vụ hành chính công', role: 'strapi-author' },
];

function editorialPermissions(strapi, { author }) {
  const permissionService = strapi.service('admin::permission');
  const actions = permissionService.actionProvider.values();
  const contentActions = actions.filter((a) => a.section === 'contentTypes');
  const localized = (uid) => Boolean(strapi.contentType(uid)?.pluginOptions?.i18n?.localized);
  const locales = ['vi', 'en'];
  const content = strapi
    .service('admin::content-type')
    .getPermissionsWithNestedFields(contentActions)
    .filter((p) => EDITORIAL.includes(p.subject))
    .filter((p) => !(author && p.action === PUBLISH))
    .map((p) => ({
      action: p.action,
      subject: p.subject,
      properties: { ...(p.properties || {}), ...(localized(p.subject) ? { locales } : {}) },
      // An author works on the stories they wrote; an editor on everyone's.
      conditions: author ? ['admin::is-creator'] : [],
    }));
  const known = new Set(actions.map((a) => a.actionId));
  const media = MEDIA_ACTIONS.filter((action) => known.has(action)).map((action) => ({
    action,
    subject: null,
    properties: {},
    conditions: author && action !== 'plugin::upload.read' ? ['admin::is-creator'] : [],
  }));
  return [...content, ...media];
}

async function ensureAdminEditors(strapi, log) {
  const roles = strapi.service('admin::role');
  const users = strapi.service('admin::user');
  const out = [];
  for (const code of ['strapi-editor', 'strapi-author']) {
    const role = await roles.findOne({ code });
    if (!role) continue;
    await roles.assignPermissions(role.id, editorialPermissions(strapi, { author: code === 'strapi-author' }));
  }
  out.push('Editor and Author limited to stories, columns and media');

  const password = process.env.DEMO_PASSWORD_EDITOR;
  for (const account of ACCOUNTS) {
    if (!password) {
      out.push(`${account.email} skipped (DEMO_PASSWORD_EDITOR not set)`);
      continue;
    }
    const role = await roles.findOne({ code: account.role });
    const existing = await strapi.db.query('admin::user').findOne({ where: { email: account.email } });
    if (!existing) {
      await users.create({
        email: account.email,
        firstname: account.firstname,
        lastname: account.lastname,
        password,
        isActive: true,
        registrationToken: null,
        roles: [role.id],
        preferedLanguage: 'vi',
      });
      out.push(`${account.email} created`);
    } else if (!(await strapi.service('admin::auth').validatePassword(password, existing.password))) {
      await users.updateById(existing.id, { password });
      out.push(`${account.email} password updated`);
    }
  }
  // Every account reads the admin in Vietnamese unless its owner chose otherwise.
  await strapi.db.query('admin::user').updateMany({ where: { preferedLanguage: null }, data: { preferedLanguage: 'vi' } });
  log('admin editors', out.join(', '));
}

module.exports = { ensureAdminEditors };
