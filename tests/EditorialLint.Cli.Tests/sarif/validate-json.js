// Usage: node validate-json.js schema.json report.json -> exit 0 and "valid", or exit 1 with ajv's errors.
// For JSON Schema draft-07 schemas (the GitLab Code Quality schema in ../gitlab); validate.js is for SARIF (draft-04).
const fs = require('fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const schema = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const report = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
if (validate(report)) {
  console.log('valid');
  process.exit(0);
}
console.log(JSON.stringify(validate.errors, null, 2));
process.exit(1);
