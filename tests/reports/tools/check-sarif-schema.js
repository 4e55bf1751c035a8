// Checks SARIF files against the SARIF 2.1.0 JSON schema (draft 2020-12, shipped in the multitool package) with Ajv; run by validate-sarif.sh.
// The multitool also validates the schema, but does not report every violation (an unknown
// `level` value passes it), so the schema is checked here on its own as well.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const schemaPath = path.join(__dirname, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (validate(doc)) {
    console.log(`OK: ${file}: valid against ${schema.title}`);
  } else {
    failed++;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
    console.log(`FAIL: ${file}: ${validate.errors.length} schema errors`);
  }
}
process.exit(failed ? 1 : 0);
