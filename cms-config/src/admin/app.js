// The admin panel speaks Vietnamese (the commune's staff); English stays available, and each
// seeded account has Vietnamese as its preferred language (src/setup/admin-editors.js).
const config = {
  locales: ['vi'],
};

const bootstrap = () => {};

export default {
  config,
  bootstrap,
};
