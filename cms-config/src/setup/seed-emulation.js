'use strict';

const fs = require('fs');
const path = require('path');
const { applyFieldLabels } = require('./admin-labels');

/**
 * Seed of the bình xét chain (issue 12): the criteria's maximum scores and measures, a few persons
 * and the 2026 registrations (seed/emulation.json). Kept apart from seed.js so the two evolve
 * without stepping on each other. Idempotent: a criterion keeps a measure (and the indicator that
 * measures it) someone set in the admin, and a registration is matched by unit or person and year.
 */
const UID = {
  criterion: 'api::criterion.criterion',
  unit: 'api::unit.unit',
  person: 'api::person.person',
  registration: 'api::registration.registration',
};

const readSpec = () => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'seed', 'emulation.json'), 'utf8'));

async function seedCriterionScoring(strapi, spec) {
  let updated = 0;
  for (const [code, values] of Object.entries(spec.criteria)) {
    const criterion = await strapi.documents(UID.criterion).findFirst({ filters: { code }, status: 'draft' });
    if (!criterion) continue;
    const data = {};
    // 10 is the schema's default: a criterion still at it has not been given its own maximum.
    const unset = criterion.maxScore == null || Number(criterion.maxScore) === 10;
    if (unset && Number(values.maxScore) !== Number(criterion.maxScore)) data.maxScore = values.maxScore;
    if (criterion.measure == null && values.measure) data.measure = values.measure;
    if (criterion.indicator == null && values.indicator) data.indicator = values.indicator;
    if (Object.keys(data).length === 0) continue;
    await strapi.documents(UID.criterion).update({ documentId: criterion.documentId, data, status: 'draft' });
    await strapi.documents(UID.criterion).publish({ documentId: criterion.documentId });
    updated += 1;
  }
  return updated;
}

async function seedPersons(strapi, spec) {
  const byKey = new Map();
  let created = 0;
  for (const person of spec.persons) {
    const unit = person.unit
      ? await strapi.documents(UID.unit).findFirst({ filters: { slug: person.unit }, status: 'draft' })
      : null;
    const filters = { fullName: person.fullName, ...(unit ? { unit: { documentId: unit.documentId } } : {}) };
    let doc = await strapi.documents(UID.person).findFirst({ filters });
    if (!doc) {
      doc = await strapi.documents(UID.person).create({
        data: {
          fullName: person.fullName,
          position: person.position,
          affiliation: person.affiliation,
          unit: unit ? unit.documentId : null,
          otherAffiliation: person.otherAffiliation || null,
        },
      });
      created += 1;
    }
    byKey.set(person.key, doc);
  }
  return { byKey, created };
}

async function seedRegistrations(strapi, spec, persons) {
  const criteria = new Map();
  for (const c of await strapi.documents(UID.criterion).findMany({ status: 'draft', limit: 1000 })) {
    criteria.set(c.code, c.documentId);
  }
  let created = 0;
  for (const reg of spec.registrations) {
    const unit = reg.unit
      ? await strapi.documents(UID.unit).findFirst({ filters: { slug: reg.unit }, status: 'draft' })
      : null;
    const person = reg.person ? persons.get(reg.person) : null;
    if (!unit && !person) continue;
    const filters = {
      year: reg.year,
      ...(unit ? { unit: { documentId: unit.documentId } } : { person: { documentId: person.documentId } }),
    };
    if (await strapi.documents(UID.registration).findFirst({ filters })) continue;
    const status = reg.status || 'submitted';
    await strapi.documents(UID.registration).create({
      data: {
        unit: unit ? unit.documentId : null,
        person: person ? person.documentId : null,
        year: reg.year,
        awardForm: reg.awardForm,
        awardStage: reg.awardStage,
        status,
        submittedAt: status === 'submitted' ? reg.submittedAt : null,
        submittedBy: status === 'submitted' ? reg.submittedBy : null,
        commitments: reg.commitments
          .filter((c) => criteria.has(c.criterion))
          .map((c) => ({ criterion: criteria.get(c.criterion), target: c.target })),
      },
    });
    created += 1;
  }
  return created;
}

async function seedEmulation(strapi, log, withDemo) {
  await applyFieldLabels(strapi, log);
  const spec = readSpec();
  const criteria = await seedCriterionScoring(strapi, spec);
  if (!withDemo) {
    log('seed emulation', `${criteria} criteria given scores and measures; SEED_DEMO=false, no persons or registrations`);
    return;
  }
  const persons = await seedPersons(strapi, spec);
  const registrations = await seedRegistrations(strapi, spec, persons.byKey);
  log(
    'seed emulation',
    `${criteria} criteria given scores and measures, ${persons.created} person(s) and ${registrations} registration(s) created`
  );
}

module.exports = { seedEmulation };
