'use strict';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

const PUBLIC_READ_TYPES = ['campaign', 'column', 'story', 'unit', 'initiative', 'criterion', 'award'];

/** Public: read published content; never reports. */
const PUBLIC_CONTENT_ACTIONS = [
  ...PUBLIC_READ_TYPES.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
  'api::site-setting.site-setting.find',
];

/**
 * What a signed-in user may call with their own JWT: only /users/me. The portal does the
 * work with its API token and decides itself what each role may do; the role tells the
 * portal who the user is. `role.find` and unit reads let /users/me?populate=role,unit
 * return the role and unit (Strapi strips relations the caller cannot `find`).
 */
const ME = 'plugin::users-permissions.user.me';
const SELF_DESCRIBE = [ME, 'plugin::users-permissions.role.find', 'api::unit.unit.find', 'api::unit.unit.findOne'];

const STAFF_ROLES = [
  { type: 'unit', name: 'Đơn vị', description: 'Tài khoản của cơ quan, đơn vị, doanh nghiệp nộp báo cáo và sáng kiến.' },
  {
    type: 'reviewer',
    name: 'Cán bộ thẩm định (Phòng Văn hóa – Xã hội)',
    description: 'Tiếp nhận, thẩm định báo cáo của các đơn vị; chấm điểm các tiêu chí đổi mới sáng tạo và chuyển đổi số.',
  },
  {
    type: 'economy',
    name: 'Cán bộ chấm điểm (Phòng Kinh tế)',
    description: 'Chấm điểm các tiêu chí chuyển đổi xanh do Phòng Kinh tế chủ trì.',
  },
  {
    type: 'editor',
    name: 'Biên tập viên (Trung tâm dịch vụ sự nghiệp công)',
    description: 'Biên tập, đăng bài viết, điển hình tiên tiến.',
  },
  {
    type: 'council',
    name: 'Hội đồng Thi đua – Khen thưởng',
    description: 'Xét, đề nghị và quyết định khen thưởng.',
  },
  { type: 'admin', name: 'Quản trị', description: 'Quản trị cổng thông tin.' },
];

/**
 * Makes a role's permissions among `managed` exactly `wanted`: adds what is missing,
 * removes what is managed but not wanted. Permissions outside `managed` are left alone.
 */
async function syncRolePermissions(strapi, role, wanted, managed) {
  const existing = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id } });
  const have = new Set(existing.map((p) => p.action));
  const toAdd = wanted.filter((action) => !have.has(action));
  const toRemove = existing.filter((p) => managed(p.action) && !wanted.includes(p.action));
  for (const action of toAdd) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
  if (toRemove.length) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: toRemove.map((p) => p.id) } } });
  }
  return { added: toAdd.length, removed: toRemove.length };
}

async function ensureRoles(strapi, log) {
  const roles = strapi.db.query(ROLE_UID);
  const summary = [];

  const publicRole = await roles.findOne({ where: { type: 'public' } });
  const pub = await syncRolePermissions(strapi, publicRole, PUBLIC_CONTENT_ACTIONS, (action) => action.startsWith('api::'));
  summary.push(`public +${pub.added}/-${pub.removed}`);

  // Everything except the auth endpoints (login, refresh...) is managed on signed-in roles.
  const notAuth = (action) => !action.startsWith('plugin::users-permissions.auth.');
  const authenticated = await roles.findOne({ where: { type: 'authenticated' } });
  const auth = await syncRolePermissions(strapi, authenticated, [ME], notAuth);
  summary.push(`authenticated +${auth.added}/-${auth.removed}`);

  let created = 0;
  for (const spec of STAFF_ROLES) {
    let role = await roles.findOne({ where: { type: spec.type } });
    if (!role) {
      role = await roles.create({ data: spec });
      created += 1;
    } else if (role.name !== spec.name) {
      role = await roles.update({ where: { id: role.id }, data: { name: spec.name, description: spec.description } });
    }
    const res = await syncRolePermissions(strapi, role, SELF_DESCRIBE, notAuth);
    summary.push(`${spec.type} +${res.added}/-${res.removed}`);
  }

  // Accounts are made by the administrators, not by self-registration.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await store.get({ key: 'advanced' })) || {};
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
    summary.push('self-registration disabled');
  }

  log('roles', `${created} role(s) created; permissions ${summary.join(', ')}`);
}

module.exports = { ensureRoles, STAFF_ROLES, PUBLIC_READ_TYPES };
