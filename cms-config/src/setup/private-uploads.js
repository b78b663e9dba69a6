'use strict';

const path = require('path');
const { createPrivateStore, migrateFromPublic } = require('../../providers/upload-private');

/**
 * Replaces the storage of Strapi's local upload provider with the private store (see
 * providers/upload-private). Done here rather than as `upload.config.provider` because Strapi
 * lower-cases a provider's name before `require`, which breaks a path to a local package; the
 * provider object keeps its wrapper (size check) and gets the store's methods.
 */
function usePrivateUploads(strapi) {
  const root = strapi.config.get('server.privateUploadsDir');
  const store = createPrivateStore(root);
  const moved = migrateFromPublic(path.join(strapi.dirs.static.public, 'uploads'), root);
  strapi.plugin('upload').provider.extend(store);
  if (moved) strapi.log.info(`[register] uploads: moved ${moved} file(s) out of the public folder into ${root}`);
}

module.exports = { usePrivateUploads };
