// Runs Pagefind's indexer over the pages the generator wrote for it (one small page per record, its text already
// folded by Site.Text.PersianText), into the site's bundle folder.
// Usage: node pagefind-index.mjs <path to node_modules/pagefind/lib/resolveBinary.js> <records folder> <bundle folder>
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";

const [, , resolver, site, output] = process.argv;
const { resolveBinaryPath } = await import(pathToFileURL(resolver).href);
// The indexer's allocator (jemalloc, built in) gives freed memory back to the system a page at a time: at 10,000
// documents that was 36,000 madvise calls, each flushing the other cores' address caches, our own build's included.
// Told to keep what it frees for reuse, with an arena per core, it made 2 such calls, finished in less time and
// peaked lower (bench/RESULTS.md). A value set by whoever runs the build wins.
const allocator = process.env._RJEM_MALLOC_CONF ?? `dirty_decay_ms:-1,muzzy_decay_ms:-1,narenas:${availableParallelism()}`;
// The indexer is run in the records folder, so no pagefind.yml of the project's or the user's can change it.
const child = spawn(resolveBinaryPath(["pagefind_extended", "pagefind"]), ["--site", site, "--output-path", output, "--silent"],
  { cwd: site, stdio: ["ignore", "inherit", "inherit"], windowsHide: true, env: { ...process.env, _RJEM_MALLOC_CONF: allocator } });
// The generator holds the other end of standard input: when it ends, however it ends, so does the indexer, rather
// than write on into a folder nobody will publish.
const stop = () => { child.kill(); process.exit(2); };
process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
child.on("error", (e) => { console.error(e.message); process.exit(1); });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
