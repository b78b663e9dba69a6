// The admin panel speaks Vietnamese (the commune's staff); English stays available, and each
// seeded account has Vietnamese as its preferred language (src/setup/admin-editors.js).
const config = {
  locales: ['vi'],
};

/**
 * The `tags` field (global::tags, registered on the server in src/index.js): a story's tags as a
 * list of chips instead of the raw JSON editor (issue 17).
 */
const register = (app) => {
  app.customFields.register({
    name: 'tags',
    type: 'json',
    intlLabel: { id: 'global.tags.label', defaultMessage: 'Thẻ' },
    intlDescription: { id: 'global.tags.description', defaultMessage: 'Danh sách thẻ, mỗi thẻ một mục' },
    components: {
      Input: async () => import('./tags-input.jsx').then((module) => ({ default: module.TagsInput })),
    },
  });
};

const bootstrap = () => {};

export default {
  config,
  register,
  bootstrap,
};
