'use strict';

const fs = require('fs');
const path = require('path');

const DEFAULT_LOCALE = { code: 'vi', name: 'Vietnamese (vi)' };
const SECOND_LOCALE = { code: 'en', name: 'English (en)' };

const UID = {
  campaign: 'api::campaign.campaign',
  column: 'api::column.column',
  criterion: 'api::criterion.criterion',
  siteSetting: 'api::site-setting.site-setting',
};

const localizedTypes = (strapi) =>
  Object.values(strapi.contentTypes)
    .filter((type) => type.pluginOptions?.i18n?.localized)
    .map((type) => type.uid);

/**
 * Vietnamese is the content's default locale and English the second. Strapi's i18n creates
 * `en` as the default on a fresh database (before this runs), so the first start switches the
 * default to `vi`; entries an older database had in the previous default move to `vi` with it,
 * because until now they were Vietnamese content whatever their label said.
 */
async function ensureLocales(strapi, log) {
  const locales = strapi.plugin('i18n').service('locales');
  const changes = [];
  const previousDefault = await locales.getDefaultLocale();
  if (!(await locales.findByCode(DEFAULT_LOCALE.code))) {
    await locales.create(DEFAULT_LOCALE);
    changes.push('vi created');
  }
  if (previousDefault !== DEFAULT_LOCALE.code) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE.code });
    changes.push(`default ${previousDefault || 'none'} → vi`);
    if (previousDefault && previousDefault !== DEFAULT_LOCALE.code) {
      for (const uid of localizedTypes(strapi)) {
        const hasVi = await strapi.db.query(uid).count({ where: { locale: DEFAULT_LOCALE.code } });
        if (hasVi > 0) continue;
        const { count } = await strapi.db
          .query(uid)
          .updateMany({ where: { locale: previousDefault }, data: { locale: DEFAULT_LOCALE.code } });
        if (count) changes.push(`${count} ${uid} entr(ies) relabelled vi`);
      }
    }
  }
  if (!(await locales.findByCode(SECOND_LOCALE.code))) {
    await locales.create(SECOND_LOCALE);
    changes.push('en created');
  }
  log('locales', changes.length ? changes.join(', ') : 'vi (default) and en already there');
}

const withoutIds = (component) => {
  const { id, __component, ...rest } = component;
  return rest;
};

/**
 * The English version of one document, made once: a later edit of the English text in the admin
 * is kept. Fields not given stay empty, and the portal shows the Vietnamese text for them. A list
 * of components is given whole (Strapi keeps one per locale); each English item takes the
 * Vietnamese item's other fields (years, stage, order) so both lists say the same thing.
 */
async function translateOnce(strapi, uid, documentId, data) {
  const dp = strapi.contentType(uid).options?.draftAndPublish;
  const existing = await strapi.db.query(uid).findOne({ where: { documentId, locale: SECOND_LOCALE.code } });
  if (existing) return false;
  await strapi.documents(uid).update({ documentId, locale: SECOND_LOCALE.code, data });
  if (dp) await strapi.documents(uid).publish({ documentId, locale: SECOND_LOCALE.code });
  return true;
}

const overlayList = (vietnamese, english) =>
  (english || []).map((item, index) => ({ ...withoutIds((vietnamese || [])[index] || {}), ...item }));

async function seedTranslations(strapi, log) {
  const file = path.join(__dirname, '..', '..', 'seed', 'translations-en.json');
  const english = JSON.parse(fs.readFileSync(file, 'utf8'));
  let made = 0;
  let total = 0;

  const plan = english.campaign;
  const campaign = await strapi.documents(UID.campaign).findFirst({
    filters: { slug: plan.slug },
    status: 'draft',
    populate: ['phases', 'awardForms'],
  });
  if (campaign) {
    total += 1;
    const data = {
      title: plan.title,
      slug: plan.slug,
      phases: overlayList(campaign.phases, plan.phases),
      awardForms: overlayList(campaign.awardForms, plan.awardForms),
    };
    if (await translateOnce(strapi, UID.campaign, campaign.documentId, data)) made += 1;
  }

  for (const [slug, text] of Object.entries(english.columns)) {
    const column = await strapi.documents(UID.column).findFirst({ filters: { slug }, status: 'draft' });
    if (!column) continue;
    total += 1;
    if (await translateOnce(strapi, UID.column, column.documentId, { ...text, slug })) made += 1;
  }

  for (const [code, title] of Object.entries(english.criteria)) {
    const criterion = await strapi.documents(UID.criterion).findFirst({ filters: { code }, status: 'draft' });
    if (!criterion) continue;
    total += 1;
    if (await translateOnce(strapi, UID.criterion, criterion.documentId, { title })) made += 1;
  }

  const setting = await strapi.documents(UID.siteSetting).findFirst();
  if (setting) {
    total += 1;
    if (await translateOnce(strapi, UID.siteSetting, setting.documentId, english.siteSetting)) made += 1;
  }
  log('seed English', `${made} translation(s) made, ${total - made} already there`);
}

module.exports = { ensureLocales, seedTranslations, DEFAULT_LOCALE, SECOND_LOCALE };
