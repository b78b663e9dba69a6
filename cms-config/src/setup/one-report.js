'use strict';

const { errors } = require('@strapi/utils');

const REPORT_UID = 'api::report.report';

/** The unit a write sets: a documentId, or undefined when the write does not set it. */
function unitIn(data) {
  const value = data?.unit;
  if (value === undefined || value === null) return value;
  if (typeof value === 'string') return value;
  // Relation payloads: { documentId }, { connect: [...] }, { set: [...] }.
  const first = [value.set, value.connect].find((list) => Array.isArray(list) && list.length)?.[0] ?? value;
  return typeof first === 'string' ? first : first?.documentId;
}

/**
 * One report per unit, year and stage (issue 17). A second report of the same year used to be
 * created behind the unit's back when it uploaded after acceptance; the portal now sends such a
 * file as a supplement of the same report, and this rule makes sure that neither a double click,
 * a second tab nor the admin panel can make two. Checks and creates are serialised per
 * unit/year/stage inside this process (Strapi is the only writer of its database), so two
 * concurrent creates cannot both find "none yet".
 *
 * The rule applies to writes that arrive through Strapi's HTTP API (the portal, the admin panel).
 * The demo seed, which runs at bootstrap without a request, keeps the corpus as it is: a few
 * corpus units sent two files for one year, seeded as two reports.
 */
function oneReportPerUnitYearStage(strapi) {
  const tails = new Map();

  /** Runs `work` after every earlier one of the same key has finished. */
  function serialised(key, work) {
    const before = tails.get(key) || Promise.resolve();
    const run = before.then(work, work);
    const tail = run.catch(() => {});
    tails.set(key, tail);
    tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  }

  async function existing(unit, year, stage, except) {
    const found = await strapi.documents(REPORT_UID).findMany({
      filters: { unit: { documentId: unit }, year, stage },
      fields: ['documentId'],
      limit: 2,
    });
    return found.find((r) => r.documentId !== except);
  }

  function refuse(other) {
    throw new errors.ValidationError('This unit already has a report for this year and stage', {
      errors: [
        {
          path: ['year'],
          message: `report exists: ${other.documentId}`,
          name: 'ValidationError',
        },
      ],
    });
  }

  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== REPORT_UID || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    if (!strapi.requestContext.get()) return next();
    const data = ctx.params?.data || {};
    let unit = unitIn(data);
    let { year, stage } = data;
    const self = ctx.action === 'update' ? ctx.params?.documentId : undefined;
    if (ctx.action === 'update') {
      if (unit === undefined && year === undefined && stage === undefined) return next();
      const current = await strapi
        .documents(REPORT_UID)
        .findOne({ documentId: self, fields: ['year', 'stage'], populate: { unit: { fields: ['documentId'] } } });
      unit = unit === undefined ? current?.unit?.documentId : unit;
      year = year === undefined ? current?.year : year;
      stage = stage === undefined ? current?.stage : stage;
      // The admin panel sends every field on save: a report that keeps its unit, year and stage
      // is not checked again (the seed's few duplicates stay editable).
      const same =
        unit === current?.unit?.documentId &&
        Number(year) === current?.year &&
        (stage || 'annual') === (current?.stage || 'annual');
      if (same) return next();
    }
    stage = stage || 'annual';
    if (!unit || year === undefined || year === null) return next();
    return serialised(`${unit}|${year}|${stage}`, async () => {
      const other = await existing(unit, Number(year), stage, self);
      if (other) refuse(other);
      return next();
    });
  });
}

module.exports = { oneReportPerUnitYearStage };
