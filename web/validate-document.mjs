// SPDX-License-Identifier: MIT
// Validates a JSON document against a JSON Schema (draft 2020-12), as GET /api/meta
// returns it. Exits non-zero, printing ajv's errors, when the schema does not compile
// or the document does not match. Used by tests/server/meta (tst_meta_http).
//   node web/validate-document.mjs <schema.json> <document.json>
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, documentFile] = process.argv.slice(2);
if (!schemaFile || !documentFile) {
  console.error("usage: node validate-document.mjs <schema.json> <document.json>");
  process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
ajv.addKeyword("x-fm-link"); // our annotation: the DocType a Link field points at
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
} catch (error) {
  console.error(`${schemaFile} is not a valid JSON Schema: ${error.message}`);
  process.exit(1);
}
if (!validate(JSON.parse(readFileSync(documentFile, "utf8")))) {
  console.error(`${documentFile} does not match ${schemaFile}:`);
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
console.log(`${documentFile} matches ${schemaFile}`);
