'use strict';

/** Creates the first super admin from STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD if none exists. */
async function ensureSuperAdmin(strapi, log) {
  const userService = strapi.service('admin::user');
  if (await userService.exists()) {
    log('admin', 'an admin user exists, left as is');
    return;
  }
  const email = process.env.STRAPI_ADMIN_EMAIL;
  const password = process.env.STRAPI_ADMIN_PASSWORD;
  if (!email || !password) {
    strapi.log.warn('[bootstrap] admin: STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD not set, no super admin created');
    return;
  }
  await userService.createFirstAdmin({
    email: email.toLowerCase(),
    firstname: 'Quản trị',
    lastname: 'Đại Sơn',
    password,
  });
  log('admin', `super admin ${email} created`);
}

module.exports = { ensureSuperAdmin };
