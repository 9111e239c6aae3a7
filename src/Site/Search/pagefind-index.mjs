// Writes a Pagefind index from records the generator prepared (text already folded by Site.Text.PersianText).
// Usage: node pagefind-index.mjs <path to node_modules/pagefind/lib/index.js> <records.json> <output bundle dir>
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";

const [, , pagefindLib, recordsPath, outputPath] = process.argv;
const pagefind = await import(pathToFileURL(pagefindLib).href);
const records = JSON.parse(await readFile(recordsPath, "utf8"));
const { index, errors } = await pagefind.createIndex({});
if (!index) { console.error(errors.join("\n")); process.exit(1); }
for (const record of records) {
  const { errors: e } = await index.addCustomRecord(record);
  if (e.length) { console.error(record.url + ": " + e.join("; ")); process.exit(1); }
}
const written = await index.writeFiles({ outputPath });
if (written.errors.length) { console.error(written.errors.join("\n")); process.exit(1); }
await pagefind.close();
