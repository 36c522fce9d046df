// Times Ajv's structural check of notices against the notice JSON Schema:
// for each JSON file, JSON.parse of its bytes and validation of the value,
// the same work per iteration as seloste's BenchmarkFullCheck (decode and
// validate from the same bytes). Usage:
//
//   node ajv.mjs SCHEMA FILE.json ...
//
// Prints one line per file: its name, nanoseconds per iteration, and
// whether Ajv found it valid.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaPath, ...files] = process.argv.slice(2);
if (!schemaPath || files.length === 0) {
  console.error("usage: node ajv.mjs SCHEMA FILE.json ...");
  process.exit(2);
}
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

for (const file of files) {
  const text = readFileSync(file, "utf8");
  const check = () => validate(JSON.parse(text));
  for (let i = 0; i < 500; i++) check(); // warm up the JIT
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < 1_000_000_000n) {
    for (let i = 0; i < 100; i++) check();
    n += 100;
    elapsed = process.hrtime.bigint() - start;
  }
  const valid = check();
  console.log(`${basename(file, ".json")} ${Number(elapsed) / n} ${valid ? "valid" : "invalid"}`);
}
