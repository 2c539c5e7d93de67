// Usage: node validate.js report.sarif  -> exit 0 when valid, 1 with the errors otherwise.
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'sarif-2.1.0-rtm.5.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not valid in unicode mode;
addFormats(ajv);
const validate = ajv.compile(schema);
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
if (validate(report)) {
  console.log('valid');
  process.exit(0);
}
console.log(JSON.stringify(validate.errors, null, 2));
process.exit(1);
