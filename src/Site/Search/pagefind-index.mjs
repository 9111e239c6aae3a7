// Writes a Pagefind index from records the generator prepared (text already folded by Site.Text.PersianText).
// Usage: node pagefind-index.mjs <path to node_modules/pagefind/lib/index.js> <records.json> <output bundle dir>
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

const [, , pagefindLib, recordsPath, outputPath] = process.argv;
// The generator holds the other end of standard input: when it ends, however it ends, so does this script (and
// Pagefind's own process with it), rather than write on into a folder nobody will publish.
process.stdin.on("end", () => process.exit(2));
process.stdin.on("error", () => process.exit(2));
process.stdin.resume();
const pagefind = await import(pathToFileURL(pagefindLib).href);
const records = JSON.parse(await readFile(recordsPath, "utf8"));
const { index, errors } = await pagefind.createIndex({});
if (!index) { console.error(errors.join("\n")); process.exit(1); }
// Records are sent in batches without waiting for each answer: one at a time, each waited for its round trip to
// Pagefind's process, and at 13,000 records the waiting was most of the time. Every answer is still checked.
const batch = 256;
for (let at = 0; at < records.length; at += batch) {
  const slice = records.slice(at, at + batch);
  const answers = await Promise.all(slice.map((record) => index.addCustomRecord(record)));
  answers.forEach(({ errors: e }, i) => {
    if (e.length) { console.error(slice[i].url + ": " + e.join("; ")); process.exit(1); }
  });
}
// The files come back in memory and are written here: with writeFiles, closing the service could cut the last
// file short (seen: pagefind-ui.js truncated at 96 KiB).
const { files, errors: e2 } = await index.getFiles();
if (e2.length) { console.error(e2.join("\n")); process.exit(1); }
for (const file of files) {
  const target = join(outputPath, file.path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, file.content);
}
await pagefind.close();
process.exit(0);   // standard input is still open: without this the script would wait for it
