'use strict';

/** Strapi 5's REST API can publish (a write without ?status=draft) but not unpublish. */
module.exports = {
  routes: [
    {
      method: 'POST',
      path: '/initiatives/:documentId/unpublish',
      handler: 'api::initiative.initiative.unpublish',
    },
  ],
};
