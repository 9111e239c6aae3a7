// Runs Pagefind's indexer over the pages the generator wrote for it (one small page per record, its text already
// folded by Site.Text.PersianText), into the site's bundle folder.
// Usage: node pagefind-index.mjs <path to node_modules/pagefind/lib/resolveBinary.js> <records folder> <bundle folder>
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";

const [, , resolver, site, output] = process.argv;
const { resolveBinaryPath } = await import(pathToFileURL(resolver).href);
// The indexer is run in the records folder, so no pagefind.yml of the project's or the user's can change it.
const child = spawn(resolveBinaryPath(["pagefind_extended", "pagefind"]), ["--site", site, "--output-path", output, "--silent"],
  { cwd: site, stdio: ["ignore", "inherit", "inherit"], windowsHide: true });
// The generator holds the other end of standard input: when it ends, however it ends, so does the indexer, rather
// than write on into a folder nobody will publish.
const stop = () => { child.kill(); process.exit(2); };
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
child.on("error", (e) => { console.error(e.message); process.exit(1); });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
