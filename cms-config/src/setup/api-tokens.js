'use strict';

const TOKEN_UID = 'admin::api-token';

const ALL_TYPES = ['campaign', 'column', 'story', 'unit', 'report', 'initiative', 'criterion', 'award'];
const action = (type, verb) => `api::${type}.${type}.${verb}`;

/**
 * Bình xét (issue 12): only the portal's token reads and writes these; the public role and the
 * signed-in roles get none of them (roles.js manages every api:: action of those roles). A vote
 * is changed while its meeting is open (one per member and proposal, `voteKey` unique), never
 * deleted; the portal refuses any change once the meeting is closed.
 */
const EMULATION_WRITABLE_TYPES = [
  'person',
  'registration',
  'score-sheet',
  'score',
  'council-meeting',
  'proposal',
  'vote',
  'decision',
  'notice',
];
const EMULATION_PORTAL_PERMISSIONS = EMULATION_WRITABLE_TYPES.flatMap((type) =>
  ['find', 'findOne', 'create', 'update'].map((verb) => action(type, verb))
);

/**
 * The portal: exactly the calls its code makes (vn.thidua.portal.strapi.StrapiClient and its
 * callers). It reads every type; writes reports (units), initiatives (registration, review),
 * stories (editor desk) and awards (council); publishes and unpublishes initiatives; appends to
 * the review trail; uploads files. No users or roles (a user's own JWT reads
 * /users/me), no media-library listing (files come populated with their entries).
 */
const PORTAL_PERMISSIONS = [
  ...ALL_TYPES.flatMap((type) => [action(type, 'find'), action(type, 'findOne')]),
  'api::site-setting.site-setting.find',
  ...['report', 'initiative', 'story', 'award'].flatMap((type) => [action(type, 'create'), action(type, 'update')]),
  action('initiative', 'unpublish'),
  // The audit trail of initiative reviews: read and appended to, never changed or deleted.
  ...['find', 'findOne', 'create'].map((verb) => action('initiative-review', verb)),
  // Facts read from report files that a reviewer confirmed, corrected or rejected (issue 13):
  // written again when decided again (one entry per fact), never deleted.
  ...['find', 'findOne', 'create', 'update'].map((verb) => action('report-fact', verb)),
  'plugin::upload.content-api.upload',
  // Sign-in with the portal's key and the browser's address (src/middlewares/sign-in-limit.js):
  // a request that carries a key is authorised by that key, not by the Public role.
  'plugin::users-permissions.auth.callback',
  ...EMULATION_PORTAL_PERMISSIONS,
];

/**
 * The indexer reads the entries it indexes (reports, initiatives, stories, the plan) and what they
 * populate (units, criteria); it downloads their files with the same token. Not users, roles, the
 * review trail, awards or anything it could change.
 */
const INDEXER_PERMISSIONS = ['report', 'initiative', 'story', 'campaign', 'unit', 'criterion'].flatMap((type) => [
  action(type, 'find'),
  action(type, 'findOne'),
]);

/**
 * The test suites' stand-in for staff working in Strapi's admin (StrapiClientIT, PublicPagesIT,
 * the indexer's StrapiIT): unpublish and delete a story, recode a criterion. Only the test stack
 * sets STRAPI_TESTS_TOKEN; elsewhere the token is not made, and one left from before is removed.
 */
const TESTS_PERMISSIONS = [action('story', 'unpublish'), action('story', 'delete'), action('criterion', 'update')];

const TOKENS = [
  {
    name: 'portal',
    env: 'STRAPI_PORTAL_TOKEN',
    description: 'Cổng thông tin (Vaadin): đọc mọi nội dung, ghi báo cáo, sáng kiến, bài viết, khen thưởng, tệp.',
    type: 'custom',
    permissions: PORTAL_PERMISSIONS,
  },
  {
    name: 'indexer',
    env: 'STRAPI_INDEXER_TOKEN',
    description: 'Bộ lập chỉ mục (Elasticsearch): chỉ đọc báo cáo, sáng kiến, bài viết, kế hoạch và tệp của chúng.',
    type: 'custom',
    permissions: INDEXER_PERMISSIONS,
  },
  {
    name: 'tests',
    env: 'STRAPI_TESTS_TOKEN',
    description: 'Chỉ bộ kiểm thử: thay cán bộ gỡ, xóa bài viết và sửa mã tiêu chí trong trang quản trị.',
    type: 'custom',
    permissions: TESTS_PERMISSIONS,
    onlyWhenSet: true,
  },
];

/**
 * Content-API tokens whose plaintext key comes from the environment. Strapi stores only
 * HMAC-SHA512(API_TOKEN_SALT, key) in `accessKey` and authenticates a Bearer key by
 * hashing it the same way (admin service `api-token`.hash / getByAccessKey), so we create
 * the token through the service and then overwrite its random key's hash with ours.
 * The encrypted copy lets the admin panel show the key, as for tokens made there.
 */
async function ensureApiTokens(strapi, log) {
  const service = strapi.service('admin::api-token-content-api') || strapi.service('admin::api-token');
  const encryption = strapi.service('admin::encryption');
  const known = new Set(strapi.contentAPI.permissions.providers.action.keys());

  for (const spec of TOKENS) {
    const key = process.env[spec.env];
    if (!key && spec.onlyWhenSet) {
      const left = await service.getByName(spec.name);
      if (left) {
        await service.revoke(left.id);
        log('api-token', `${spec.name}: removed (${spec.env} not set)`);
      }
      continue;
    }
    if (!key) {
      strapi.log.warn(`[bootstrap] api-token ${spec.name}: ${spec.env} not set, token left as is`);
      continue;
    }
    const unknown = spec.permissions.filter((p) => !known.has(p));
    if (unknown.length) {
      strapi.log.warn(`[bootstrap] api-token ${spec.name}: unknown actions skipped: ${unknown.join(', ')}`);
    }
    const permissions = spec.permissions.filter((p) => known.has(p));
    const actions = [];

    let token = await service.getByName(spec.name);
    if (!token) {
      token = await service.create({
        name: spec.name,
        description: spec.description,
        type: spec.type,
        lifespan: null,
        permissions: spec.type === 'custom' ? permissions : undefined,
      });
      actions.push('created');
    } else {
      const current = [...(token.permissions || [])].sort().join(',');
      const wanted = spec.type === 'custom' ? [...permissions].sort().join(',') : '';
      if (token.type !== spec.type || current !== wanted) {
        await service.update(token.id, {
          type: spec.type,
          permissions: spec.type === 'custom' ? permissions : undefined,
        });
        actions.push('permissions updated');
      }
    }

    const row = await strapi.db.query(TOKEN_UID).findOne({ where: { id: token.id }, select: ['id', 'accessKey'] });
    const hash = service.hash(key);
    if (row.accessKey !== hash) {
      await strapi.db.query(TOKEN_UID).update({
        where: { id: token.id },
        data: { accessKey: hash, encryptedKey: encryption.encrypt(key) },
      });
      actions.push('key set from environment');
    }
    log('api-token', `${spec.name} (${spec.type}, ${permissions.length} actions): ${actions.join(', ') || 'unchanged'}`);
  }
}

module.exports = { ensureApiTokens, PORTAL_PERMISSIONS, INDEXER_PERMISSIONS, EMULATION_PORTAL_PERMISSIONS };
