'use strict';

const fs = require('fs');
const path = require('path');
const { applyFieldLabels } = require('./admin-labels');

/**
 * Seed of the bình xét chain (issue 12): the criteria's maximum scores and measures, a few persons
 * (1.4), the 2026 registrations and the persons' awards (seed/emulation.json). Kept apart from
 * seed.js so the two evolve without stepping on each other. Idempotent: a criterion keeps a
 * measure (and the indicator that measures it) someone set in the admin, a registration is matched by unit or person and year, an
 * award by person, form, stage and year.
 *
 * Like seed.js, nothing happens after `today` (SEED_TODAY): a registration sent later is not
 * made, and a person's award is decided only once its decision day has come and the person's
 * registration of that year was sent; it stays a proposal before.
 *
 * Awards made before persons existed carry the person's name as free text in `recipientPerson`:
 * each is pointed at the person of that name, when exactly one person bears it.
 */
const UID = {
  criterion: 'api::criterion.criterion',
  unit: 'api::unit.unit',
  person: 'api::person.person',
  registration: 'api::registration.registration',
  award: 'api::award.award',
};

/** The person as an award names them: name, position, unit or where a resident lives. */
function personLabel(person, unitName) {
  return [person.fullName, person.position, unitName || person.otherAffiliation]
    .filter((part) => part && String(part).trim())
    .map((part) => String(part).trim())
    .join(', ');
}

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

async function seedRegistrations(strapi, spec, persons, today) {
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
    if (reg.submittedAt && new Date(reg.submittedAt) > today) continue;
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

async function seedPersonAwards(strapi, spec, persons, today) {
  let created = 0;
  for (const award of spec.awards || []) {
    const person = persons.get(award.person);
    if (!person) continue;
    const filters = { form: award.form, stage: award.stage, year: award.year, recipient: { documentId: person.documentId } };
    if (await strapi.documents(UID.award).findFirst({ filters, status: 'draft' })) continue;
    const registered = await strapi.documents(UID.registration).findFirst({
      filters: { year: award.year, status: 'submitted', person: { documentId: person.documentId } },
    });
    const decided =
      award.status === 'decided' &&
      registered &&
      award.decisionDate &&
      new Date(`${award.decisionDate}T00:00:00+07:00`) <= today;
    const withUnit = await strapi.documents(UID.person).findOne({ documentId: person.documentId, populate: ['unit'] });
    await strapi.documents(UID.award).create({
      data: {
        recipient: person.documentId,
        recipientPerson: personLabel(withUnit, withUnit?.unit?.name),
        form: award.form,
        stage: award.stage,
        year: award.year,
        reason: award.reason,
        decisionStatus: decided ? 'decided' : 'proposed',
        decisionNumber: decided ? award.decisionNumber : null,
        decisionDate: decided ? award.decisionDate : null,
      },
      // As seed.js does for the units' awards: the public only ever sees decided ones.
      status: 'published',
    });
    created += 1;
  }
  return created;
}

/** Points awards that name a person in free text at that person (one of that name only). */
async function migrateRecipientPersons(strapi) {
  let migrated = 0;
  const old = await strapi.documents(UID.award).findMany({
    filters: { recipientPerson: { $notNull: true }, recipient: { id: { $null: true } } },
    status: 'draft',
    limit: 1000,
  });
  for (const award of old) {
    const name = String(award.recipientPerson).split(',')[0].trim();
    if (!name) continue;
    const matches = await strapi.documents(UID.person).findMany({ filters: { fullName: name }, limit: 2 });
    if (matches.length !== 1) continue;
    await strapi.documents(UID.award).update({
      documentId: award.documentId,
      data: { recipient: matches[0].documentId },
      status: 'draft',
    });
    if (award.publishedAt || (await strapi.documents(UID.award).findOne({ documentId: award.documentId, status: 'published' }))) {
      await strapi.documents(UID.award).publish({ documentId: award.documentId });
    }
    migrated += 1;
  }
  return migrated;
}

async function seedEmulation(strapi, log, withDemo, today = new Date()) {
  await applyFieldLabels(strapi, log);
  const spec = readSpec();
  const criteria = await seedCriterionScoring(strapi, spec);
  const migrated = await migrateRecipientPersons(strapi);
  if (migrated) log('seed emulation', `${migrated} award(s) naming a person in free text now point at the person`);
  if (!withDemo) {
    log('seed emulation', `${criteria} criteria given scores and measures; SEED_DEMO=false, no persons or registrations`);
    return;
  }
  const persons = await seedPersons(strapi, spec);
  const registrations = await seedRegistrations(strapi, spec, persons.byKey, today);
  const awards = await seedPersonAwards(strapi, spec, persons.byKey, today);
  log(
    'seed emulation',
    `${criteria} criteria given scores and measures, ${persons.created} person(s), ${registrations} registration(s) and ${awards} person award(s) created`
  );
}

module.exports = { seedEmulation };
