'use strict';

/** Strapi 5's REST API can publish (a write without ?status=draft) but not unpublish. */
module.exports = {
  routes: [
    {
      method: 'POST',
      path: '/stories/:documentId/unpublish',
      handler: 'api::story.story.unpublish',
    },
  ],
};
