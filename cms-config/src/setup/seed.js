'use strict';

const fs = require('fs');
const path = require('path');
const { slugify } = require('../../lib/slug');
const { seedEmulation } = require('./seed-emulation');

const SEED_FILES = path.join(__dirname, '..', '..', 'seed');
const readSeed = (name) => JSON.parse(fs.readFileSync(path.join(SEED_FILES, name), 'utf8'));

const UID = {
  campaign: 'api::campaign.campaign',
  column: 'api::column.column',
  story: 'api::story.story',
  unit: 'api::unit.unit',
  report: 'api::report.report',
  initiative: 'api::initiative.initiative',
  criterion: 'api::criterion.criterion',
  award: 'api::award.award',
  siteSetting: 'api::site-setting.site-setting',
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
};

const MIME = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.txt': 'text/plain',
};

/** Manifest field ("chuyen-doi-xanh") -> initiative.field ("chuyen_doi_xanh"). */
const toField = (manifestField) => manifestField.replace(/-/g, '_');
/** Initiative field -> criterion area. */
const AREA_OF_FIELD = {
  chuyen_doi_so: 'so',
  chuyen_doi_xanh: 'xanh',
  doi_moi_sang_tao: 'doi_moi',
  khoa_hoc_cong_nghe: 'doi_moi',
};

const paragraphs = (value) => (Array.isArray(value) ? value.join('\n\n') : value);

/**
 * The moment the demo is seeded for: `SEED_TODAY` (YYYY-MM-DD, the end of that day in Vietnam)
 * for a demo set on another date, else now. Nothing the seed makes happens after it: a report
 * dated later is not sent yet, a review or a decision that would fall later has not happened.
 */
function seedToday() {
  const fixed = process.env.SEED_TODAY;
  if (!fixed) return new Date();
  const day = new Date(`${fixed}T23:59:59.999+07:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(day.getTime())) {
    throw new Error(`SEED_TODAY must be a date YYYY-MM-DD, not "${fixed}"`);
  }
  return day;
}

// ---------------------------------------------------------------------------------------

function seedDir(strapi) {
  const dir = process.env.SEED_DIR;
  if (!dir) return null;
  if (!fs.existsSync(dir)) {
    strapi.log.warn(`[bootstrap] seed: SEED_DIR ${dir} does not exist, files are not attached`);
    return null;
  }
  return dir;
}

/** Uploads one local file through the upload plugin (same path as the admin and REST). */
async function uploadFile(strapi, filePath) {
  const stat = fs.statSync(filePath);
  const originalFilename = path.basename(filePath);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name: originalFilename } },
      files: {
        filepath: filePath,
        originalFilename,
        mimetype: MIME[path.extname(filePath).toLowerCase()] || 'application/octet-stream',
        size: stat.size,
      },
    });
  return file;
}

/** First document matching `filters` (draft version for D&P types, which always exists). */
async function findFirst(strapi, uid, filters, extra = {}) {
  const dp = strapi.contentType(uid).options?.draftAndPublish;
  return strapi.documents(uid).findFirst({ filters, ...(dp ? { status: 'draft' } : {}), ...extra });
}

/** Creates the document unless one matches `filters`; D&P types are published at once. */
async function createIfMissing(strapi, uid, filters, data) {
  const existing = await findFirst(strapi, uid, filters);
  if (existing) return { doc: existing, created: false };
  const dp = strapi.contentType(uid).options?.draftAndPublish;
  const doc = await strapi.documents(uid).create({ data, ...(dp ? { status: 'published' } : {}) });
  return { doc, created: true };
}

// ---------------------------------------------------------------------------------------

async function seedUnits(strapi, log) {
  const { units } = readSeed('units.json');
  const bySlug = new Map();
  let created = 0;
  let contacts = 0;
  for (const unit of units) {
    const res = await createIfMissing(strapi, UID.unit, { slug: unit.slug }, unit);
    let doc = res.doc;
    // Reminders go to a unit's contact: a unit seeded before it had one gets the seed's, once;
    // a contact someone entered since is kept.
    if (!res.created && !doc.contactEmail && unit.contactEmail) {
      const { contactName, contactEmail, contactPhone } = unit;
      doc = await strapi.documents(UID.unit).update({
        documentId: doc.documentId,
        data: { contactName, contactEmail, contactPhone },
        status: 'published',
      });
      contacts += 1;
    }
    bySlug.set(unit.slug, doc);
    bySlug.set(unit.name, doc);
    if (res.created) created += 1;
  }
  log('seed units', `${created} created, ${units.length - created} already there, ${contacts} given a contact`);
  return bySlug;
}

async function seedCriteria(strapi, log, plan) {
  const byKindArea = new Map();
  let created = 0;
  let total = 0;
  let order = 0;
  for (const group of plan.criteriaGroups) {
    for (const item of group.items) {
      order += 1;
      total += 1;
      const code = `${group.code}.${item.letter}`;
      const res = await createIfMissing(strapi, UID.criterion, { code }, {
        code,
        unitKind: group.unitKind,
        area: item.area,
        title: item.title,
        description: item.text,
        weight: 1,
        owningOffice: item.owningOffice,
        order,
      });
      if (res.created) created += 1;
      const key = `${group.unitKind}/${item.area}`;
      byKindArea.set(key, [...(byKindArea.get(key) || []), res.doc.documentId]);
    }
  }
  log('seed criteria', `${created} created, ${total - created} already there`);
  return byKindArea;
}

async function seedCampaign(strapi, log, plan, dir) {
  const data = {
    number: plan.number,
    issuedDate: plan.issuedDate,
    issuedDateText: plan.issuedDateText,
    place: plan.place,
    issuer: plan.issuer,
    signer: plan.signer,
    signerTitle: plan.signerTitle,
    title: plan.title,
    slug: plan.slug,
    featured: plan.featured,
    basis: paragraphs(plan.basis),
    introduction: paragraphs(plan.introduction),
    purpose: paragraphs(plan.purpose),
    requirements: paragraphs(plan.requirements),
    contentIntro: paragraphs(plan.contentIntro),
    contentAreas: plan.contentAreas,
    criteriaGroups: plan.criteriaGroups.map((group) => ({
      code: group.code,
      unitKind: group.unitKind,
      heading: group.heading,
      items: group.items.map((item, index) => ({ order: index + 1, code: `${group.code}.${item.letter}`, text: item.text })),
    })),
    awardForms: plan.awardForms,
    awardStandards: paragraphs(plan.awardStandards),
    solutions: paragraphs(plan.solutions),
    timelineIntro: paragraphs(plan.timelineIntro),
    phases: plan.phases,
    reportDeadlineDay: plan.reportDeadlineDay,
    reportDeadlineMonth: plan.reportDeadlineMonth,
    reportRecipient: plan.reportRecipient,
    responsibilities: plan.responsibilities.map((r) => ({ order: r.order, party: r.party, duties: paragraphs(r.duties) })),
    reportingNote: paragraphs(plan.reportingNote),
    recipients: plan.recipients.join('\n'),
  };
  const res = await createIfMissing(strapi, UID.campaign, { slug: plan.slug }, data);
  // Earlier seeds wrote the place into the date line too, and the plan's header read
  // "Đại Sơn, Đại Sơn, ngày …": the place is its own field.
  const repeated = `${res.doc.place}, `;
  if (!res.created && res.doc.place && res.doc.issuedDateText?.startsWith(repeated)) {
    await strapi.documents(UID.campaign).update({
      documentId: res.doc.documentId,
      data: { issuedDateText: res.doc.issuedDateText.slice(repeated.length) },
    });
    await strapi.documents(UID.campaign).publish({ documentId: res.doc.documentId });
  }
  let attached = 'no SEED_DIR, no attachments';
  if (dir) {
    const planDir = path.join(dir, 'corpus', 'plan');
    const current = await strapi.documents(UID.campaign).findOne({
      documentId: res.doc.documentId,
      status: 'draft',
      populate: ['attachments'],
    });
    if (current.attachments && current.attachments.length) {
      attached = `${current.attachments.length} attachment(s) already there`;
    } else if (fs.existsSync(planDir)) {
      const files = fs
        .readdirSync(planDir)
        .filter((name) => /\.(docx|pdf)$/i.test(name))
        .sort();
      const uploaded = [];
      for (const name of files) uploaded.push(await uploadFile(strapi, path.join(planDir, name)));
      await strapi.documents(UID.campaign).update({
        documentId: res.doc.documentId,
        status: 'draft',
        data: { attachments: uploaded.map((f) => f.id) },
      });
      await strapi.documents(UID.campaign).publish({ documentId: res.doc.documentId });
      attached = `${uploaded.length} attachment(s) uploaded`;
    } else {
      attached = `${planDir} missing, no attachments`;
    }
  }
  log('seed campaign', `${plan.slug} ${res.created ? 'created' : 'already there'}; ${attached}`);
  return res.doc;
}

async function seedColumns(strapi, log, columns) {
  const bySlug = new Map();
  let created = 0;
  for (const column of columns) {
    const res = await createIfMissing(strapi, UID.column, { slug: column.slug }, column);
    bySlug.set(column.slug, res.doc);
    if (res.created) created += 1;
  }
  log('seed columns', `${created} created, ${columns.length - created} already there`);
  return bySlug;
}

async function seedSiteSetting(strapi, log, campaign) {
  const setting = readSeed('site-setting.json');
  const existing = await strapi.documents(UID.siteSetting).findFirst();
  if (existing) {
    log('seed site-setting', 'already there');
    return;
  }
  const { _source, activeCampaignSlug, ...data } = setting;
  await strapi.documents(UID.siteSetting).create({ data: { ...data, activeCampaign: campaign.documentId } });
  log('seed site-setting', 'created');
}

// ---------------------------------------------------------------------------------------
// Demo data from the corpus manifest.

/**
 * When a seeded report was sent: the date printed on its corpus file (seed/report-dates.json),
 * at 09:00 in Vietnam. A report of 2027 is sent in 2027, before that year's deadline of 01/12.
 * A file missing from that list gets a day of November of the report's own year.
 */
function submittedAt(entry, index, dates) {
  const day = dates[entry.id];
  if (day) return new Date(`${day}T02:00:00.000Z`).toISOString();
  return new Date(Date.UTC(entry.year, 10, 1 + (index % 20), 2, 0, 0)).toISOString();
}

/**
 * The reviewer accepts a report three days after it arrives, at 14:30 in Vietnam; a report sent
 * too recently for that is accepted on its own day, and one sent after 14:30 today is not yet.
 * Null: not reviewed by `today`.
 */
function reviewedAt(submitted, today) {
  const at = new Date(submitted);
  at.setUTCDate(at.getUTCDate() + 3);
  at.setUTCHours(7, 30, 0, 0);
  if (at <= today) return at.toISOString();
  const sameDay = new Date(submitted);
  sameDay.setUTCHours(7, 30, 0, 0);
  return sameDay > new Date(submitted) && sameDay <= today ? sameDay.toISOString() : null;
}

const DEMO_UNIT_ACTORS = {
  'tram-y-te-xa-dai-son': 'donvi.tramyte',
  'hop-tac-xa-nong-nghiep-dong-son': 'donvi.htxdongson',
};

async function seedReportsAndInitiatives(strapi, log, units, criteriaByKindArea, dir, today) {
  const manifestPath = dir && path.join(dir, 'corpus', 'reports', 'manifest.json');
  if (!manifestPath || !fs.existsSync(manifestPath)) {
    log('seed reports', 'no SEED_DIR/corpus/reports/manifest.json, demo reports and initiatives skipped');
    return { reports: new Map(), initiatives: new Map() };
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const reportDir = path.dirname(manifestPath);
  const corpusFiles = fs.readdirSync(reportDir);

  const reports = new Map(); // manifest id -> report document
  const initiatives = new Map(); // `${title}|${unitSlug}|${year}` -> initiative document
  const counts = { reports: 0, files: 0, initiatives: 0, redated: 0, notYet: 0 };
  const { dates } = readSeed('report-dates.json');

  for (const [index, entry] of manifest.entries()) {
    const unit = units.get(entry.unit);
    if (!unit) {
      strapi.log.warn(`[bootstrap] seed reports: unknown unit "${entry.unit}" in ${entry.id}, skipped`);
      continue;
    }
    const actor = DEMO_UNIT_ACTORS[unit.slug] || unit.name;
    const sent = submittedAt(entry, index, dates);
    // A report dated after the seed's day is not sent yet (no 2027 report in 2026), nor are the
    // initiatives it describes.
    if (new Date(sent) > today) {
      counts.notYet += 1;
      continue;
    }
    // 2027's reports stay waiting for review: the reviewer's desk has work in a 2027 demo.
    const reviewed = entry.year === 2026 ? reviewedAt(sent, today) : null;
    const accepted = reviewed !== null;
    const history = [{ fromStatus: null, toStatus: 'submitted', at: sent, actor }];
    if (accepted) history.push({ fromStatus: 'submitted', toStatus: 'accepted', at: reviewed, actor: 'thamdinh' });

    const res = await createIfMissing(
      strapi,
      UID.report,
      { number: entry.number, year: entry.year, unit: { documentId: unit.documentId } },
      {
        title: `Báo cáo kết quả thực hiện phong trào thi đua năm ${entry.year}`,
        unit: unit.documentId,
        year: entry.year,
        stage: 'annual',
        number: entry.number,
        status: accepted ? 'accepted' : 'submitted',
        submittedAt: sent,
        reviewedAt: reviewed,
        history,
        indicators: entry.indicators || null,
      }
    );
    if (res.created) counts.reports += 1;
    let report = res.doc;
    if (!res.created && (await redateSeededReport(strapi, report, sent, reviewed, history))) counts.redated += 1;

    const fileName = corpusFiles.find((name) => path.parse(name).name === entry.id);
    if (fileName) {
      const current = await strapi.documents(UID.report).findOne({ documentId: report.documentId, populate: ['files'] });
      if (!current.files || current.files.length === 0) {
        const file = await uploadFile(strapi, path.join(reportDir, fileName));
        report = await strapi.documents(UID.report).update({ documentId: report.documentId, data: { files: [file.id] } });
        counts.files += 1;
      }
    }
    reports.set(entry.id, report);

    for (const item of entry.initiatives || []) {
      const field = toField(item.field);
      const key = `${item.title}|${unit.slug}|${entry.year}`;
      const criteria = criteriaByKindArea.get(`${unit.kind}/${AREA_OF_FIELD[field]}`) || [];
      const init = await createIfMissing(
        strapi,
        UID.initiative,
        { title: item.title, year: entry.year, unit: { documentId: unit.documentId } },
        {
          title: item.title,
          slug: slugify(`${item.title} ${unit.slug} ${entry.year}`),
          unit: unit.documentId,
          field,
          year: entry.year,
          summary: item.detail,
          detail: item.detail,
          report: report.documentId,
          reviewStatus: 'verified',
          criteria,
        }
      );
      if (init.created) counts.initiatives += 1;
      initiatives.set(key, init.doc);
    }
  }
  log(
    'seed reports',
    `${counts.reports} report(s) created, ${counts.redated} re-dated, ${counts.files} file(s) uploaded, ${counts.initiatives} initiative(s) created (of ${manifest.length} manifest entries; ${counts.notYet} dated after ${today.toISOString().slice(0, 10)}, not sent yet)`
  );
  return { reports, initiatives, manifest, today };
}

/**
 * Earlier seeds sent every demo report in November 2026, 2027's included. A report still as
 * seeded (its history only the seeded steps, first sent when the report says) gets the dates
 * of its corpus file; a report someone has worked on since is left alone.
 */
async function redateSeededReport(strapi, report, sent, reviewed, history) {
  if (!report.submittedAt || new Date(report.submittedAt).toISOString() === sent) return false;
  const current = await strapi.documents(UID.report).findOne({ documentId: report.documentId, populate: ['history'] });
  const steps = current?.history || [];
  const untouched =
    steps.length === history.length &&
    steps.length > 0 &&
    new Date(steps[0].at).toISOString() === new Date(current.submittedAt).toISOString();
  if (!untouched) return false;
  await strapi.documents(UID.report).update({
    documentId: report.documentId,
    data: { submittedAt: sent, reviewedAt: reviewed, history },
  });
  return true;
}

async function seedStories(strapi, log, stories, units, columns, demo) {
  let created = 0;
  for (const story of stories) {
    const unit = units.get(story.unit);
    const initiative = demo.initiatives.get(`${story.initiativeTitle}|${story.unit}|${story.year}`);
    // A story cites only an accepted report (src/setup/story-sources.js): the stories written
    // from a report still submitted keep their text but no source.
    const report = demo.reports.get(story.reportId);
    const cites = report?.status === 'accepted';
    const res = await createIfMissing(strapi, UID.story, { slug: story.slug }, {
      title: story.title,
      slug: story.slug,
      summary: story.summary,
      body: story.body,
      column: columns.get(story.column)?.documentId,
      tags: story.tags,
      featured: story.featured,
      units: unit ? [unit.documentId] : [],
      initiatives: initiative ? [initiative.documentId] : [],
      sourceInitiative: initiative?.documentId ?? null,
      sourceReport: cites ? report.documentId : null,
      sourceFileName: cites ? story.sourceFileName : null,
      sourcePage: cites ? story.sourcePage : null,
      sourceExcerpt: cites ? story.sourceExcerpt : null,
      publishedDate: story.publishedDate,
    });
    if (res.created) created += 1;
  }
  log('seed stories', `${created} created, ${stories.length - created} already there`);
}

/**
 * The decision state of a demo award as of `today`: decided (number and date) only when every
 * cited report is accepted and the decision date is after the last acceptance and not after
 * today; otherwise proposed.
 */
function decisionOf(award, reportDocs, today) {
  const proposed = { decisionStatus: 'proposed', decisionNumber: null, decisionDate: null };
  if (award.status !== 'decided') return proposed;
  if (reportDocs.some((r) => r.status !== 'accepted' || !r.reviewedAt)) return proposed;
  const lastAccepted = new Date(Math.max(...reportDocs.map((r) => new Date(r.reviewedAt).getTime())));
  const earliest = new Date(lastAccepted.getTime() + 7 * 3600 * 1000); // the day in Vietnam
  earliest.setUTCDate(earliest.getUTCDate() + 1);
  const earliestDay = earliest.toISOString().slice(0, 10);
  const day = award.decisionDate && award.decisionDate >= earliestDay ? award.decisionDate : earliestDay;
  if (new Date(`${day}T00:00:00+07:00`) > today) return proposed;
  return { decisionStatus: 'decided', decisionNumber: award.decisionNumber, decisionDate: day };
}

async function seedAwards(strapi, log, awards, units, demo) {
  if (!demo.manifest) {
    log('seed awards', 'no demo reports, awards skipped');
    return;
  }
  let created = 0;
  let notYet = 0;
  for (const award of awards) {
    const unit = units.get(award.recipientUnit);
    const reportDocs = award.reports.map((id) => demo.reports.get(id)).filter(Boolean);
    // An award rests on its reports: none before they are sent, and a decision only once they
    // are accepted, on the day after the last acceptance at the earliest.
    if (reportDocs.length < award.reports.length) {
      notYet += 1;
      continue;
    }
    const decision = decisionOf(award, reportDocs, demo.today);
    const initiativeDocs = award.reports.flatMap((id) => {
      const entry = demo.manifest.find((e) => e.id === id);
      return (entry?.initiatives || [])
        .map((i) => demo.initiatives.get(`${i.title}|${award.recipientUnit}|${entry.year}`))
        .filter(Boolean);
    });
    const res = await createIfMissing(
      strapi,
      UID.award,
      { form: award.form, stage: award.stage, year: award.year, recipientUnit: { documentId: unit.documentId } },
      {
        recipientUnit: unit.documentId,
        form: award.form,
        stage: award.stage,
        year: award.year,
        ...decision,
        reason: award.reason,
        initiatives: initiativeDocs.map((d) => d.documentId),
        reports: reportDocs.map((d) => d.documentId),
        evidenceNote: award.evidenceNote,
      }
    );
    if (res.created) created += 1;
  }
  log('seed awards', `${created} created, ${awards.length - created - notYet} already there, ${notYet} citing reports not sent yet`);
}

async function seedUsers(strapi, log, demoSpec, units) {
  const userService = strapi.plugin('users-permissions').service('user');
  const out = [];
  for (const spec of demoSpec.users) {
    const password = process.env[spec.passwordEnv];
    if (!password) {
      out.push(`${spec.username} skipped (${spec.passwordEnv} not set)`);
      continue;
    }
    const role = await strapi.db.query(UID.role).findOne({ where: { type: spec.role } });
    const unit = spec.unit ? units.get(spec.unit) : null;
    const existing = await strapi.db.query(UID.user).findOne({ where: { username: spec.username } });
    if (!existing) {
      await strapi.documents(UID.user).create({
        data: {
          username: spec.username,
          email: `${spec.username}@${demoSpec.emailDomain}`,
          password,
          provider: 'local',
          confirmed: true,
          blocked: false,
          role: role.documentId,
          unit: unit ? unit.documentId : null,
          fullName: spec.fullName,
          office: spec.office || null,
          preferredLocale: 'vi',
        },
      });
      out.push(`${spec.username} created`);
    } else if (!(await userService.validatePassword(password, existing.password))) {
      await strapi.documents(UID.user).update({ documentId: existing.documentId, data: { password } });
      out.push(`${spec.username} password updated`);
    }
  }
  log('seed users', out.length ? out.join(', ') : 'all demo users already there');
}

// ---------------------------------------------------------------------------------------

async function seed(strapi, log) {
  const dir = seedDir(strapi);
  const plan = readSeed('campaign.json');
  const { columns, stories } = readSeed('stories.json');
  const demoSpec = readSeed('demo.json');
  const withDemo = String(process.env.SEED_DEMO ?? 'true').toLowerCase() !== 'false';

  const today = seedToday();
  const units = await seedUnits(strapi, log);
  const criteria = await seedCriteria(strapi, log, plan);
  const campaign = await seedCampaign(strapi, log, plan, dir);
  const columnDocs = await seedColumns(strapi, log, columns);
  await seedSiteSetting(strapi, log, campaign);

  let demo = { reports: new Map(), initiatives: new Map() };
  if (withDemo) {
    demo = await seedReportsAndInitiatives(strapi, log, units, criteria, dir, today);
  } else {
    log('seed reports', 'SEED_DEMO=false, demo reports, initiatives and awards skipped');
  }
  await seedStories(strapi, log, stories, units, columnDocs, demo);
  if (withDemo) await seedAwards(strapi, log, demoSpec.awards, units, demo);
  await seedEmulation(strapi, log, withDemo, today);
  // Accounts are needed with or without demo content; each needs its password variable.
  await seedUsers(strapi, log, demoSpec, units);
}

module.exports = { seed, slugify };
