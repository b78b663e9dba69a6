'use strict';

const { publishedOnlyForPublicReads } = require('./setup/published-only');
const { autoSlugOnCreate } = require('./setup/auto-slug');
const { ensureSuperAdmin } = require('./setup/admin-user');
const { ensureAdminEditors } = require('./setup/admin-editors');
const { ensureRoles } = require('./setup/roles');
const { ensureApiTokens } = require('./setup/api-tokens');
const { ensureWebhook } = require('./setup/webhook');
const { seed } = require('./setup/seed');
const { ensureLocales, seedTranslations } = require('./setup/locales');
const { usePrivateUploads } = require('./setup/private-uploads');
const { hideFromPublic } = require('./setup/public-view');
const { storiesCiteAcceptedReports } = require('./setup/story-sources');
const { oneReportPerUnitYearStage } = require('./setup/one-report');
const { votesOfClosedMeetingsAreFinal } = require('./setup/closed-meetings');
const { tellIndexerOfNewFiles } = require('./setup/upload-relations');

module.exports = {
  register({ strapi }) {
    // A story's tags: JSON (a list of strings) for the API, a list of chips in the admin
    // (src/admin/tags-input.jsx).
    strapi.customFields.register({ name: 'tags', type: 'json' });
    publishedOnlyForPublicReads(strapi);
    hideFromPublic(strapi);
    storiesCiteAcceptedReports(strapi);
    oneReportPerUnitYearStage(strapi);
    votesOfClosedMeetingsAreFinal(strapi);
    autoSlugOnCreate(strapi);
    usePrivateUploads(strapi);
  },

  /**
   * Idempotent set-up run at every start: a second run finds everything in place and
   * changes nothing (except secrets that changed in the environment). One log line per step.
   */
  async bootstrap({ strapi }) {
    const started = Date.now();
    const log = (step, message) => strapi.log.info(`[bootstrap] ${step}: ${message}`);
    await ensureSuperAdmin(strapi, log);
    await ensureRoles(strapi, log);
    await ensureApiTokens(strapi, log);
    await ensureWebhook(strapi, log);
    await ensureLocales(strapi, log);
    await ensureAdminEditors(strapi, log);
    await seed(strapi, log);
    await seedTranslations(strapi, log);
    // After the seed, whose entries are announced by their own create and publish events.
    tellIndexerOfNewFiles(strapi);
    log('done', `in ${Date.now() - started} ms`);
  },
};
