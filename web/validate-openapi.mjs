// SPDX-License-Identifier: MIT
// Validates an OpenAPI document against the official OpenAPI JSON Schema and checks
// that every $ref resolves. Exits non-zero, printing the validator's errors, when it
// is invalid. Used by tests/server/meta (tst_openapi_validator).
//   node web/validate-openapi.mjs <openapi.json>
import { Validator } from "@seriousme/openapi-schema-validator";

const file = process.argv[2];
if (!file) {
  console.error("usage: node validate-openapi.mjs <openapi.json>");
  process.exit(2);
}
const validator = new Validator();
const result = await validator.validate(file);
if (!result.valid) {
  console.error(`${file} is not a valid OpenAPI document:`);
  console.error(JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
if (validator.version !== "3.1") {
  console.error(`${file} is OpenAPI ${validator.version}, expected 3.1`);
  process.exit(1);
}
try {
  validator.resolveRefs();
} catch (error) {
  console.error(`${file} has a $ref that does not resolve: ${error.message}`);
  process.exit(1);
}
console.log(`${file}: valid OpenAPI ${validator.version}`);
