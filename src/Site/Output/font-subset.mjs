// Subsets the variable Vazirmatn font to the characters the site uses (HarfBuzz, through the npm package
// subset-font), and lists the characters the font does not have.
// usage: node font-subset.mjs JOB.json   JOB: { subsetFont, font, jobs: [{ out, text }], check }
// Each job's output keeps the weight axis from 400 to 800 (the weights the stylesheet uses) and only the layout
// features Persian and Latin text need, so the glyphs of fractions, stylistic sets and the like are left out.
import fs from 'fs';
import { createRequire } from 'module';
const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const require = createRequire(job.subsetFont);
const subsetFont = require(job.subsetFont);
const font = fs.readFileSync(job.font);
const features = ['ccmp', 'locl', 'init', 'medi', 'fina', 'isol', 'rlig', 'rclt', 'calt', 'liga', 'kern', 'mark', 'mkmk', 'curs'];
for (const { out, text } of job.jobs) {
  const bytes = await subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: features, variationAxes: { wght: { min: 400, max: 800 } } });
  fs.writeFileSync(out, bytes);
}
if (job.check) {
  // What the full font maps: any character of the site outside it would fall back to another font.
  const full = await subsetFont(font, '', { targetFormat: 'truetype', keepAllGlyphs: true });
  const have = cmapOf(full);
  const missing = [...new Set(job.check)].filter(c => !have.has(c.codePointAt(0)));
  process.stdout.write(JSON.stringify(missing));
}

/** The code points a TrueType font's cmap maps (formats 4 and 12). */
function cmapOf(buf) {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = dv.getUint16(4); let cmap = 0;
  for (let i = 0; i < n; i++) { const r = 12 + 16 * i; if (String.fromCharCode(...buf.subarray(r, r + 4)) === 'cmap') cmap = dv.getUint32(r + 8); }
  const set = new Set(), count = dv.getUint16(cmap + 2);
  for (let i = 0; i < count; i++) {
    const off = cmap + dv.getUint32(cmap + 4 + 8 * i + 4), format = dv.getUint16(off);
    if (format === 4) {
      const segs = dv.getUint16(off + 6) / 2, ends = off + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, ranges = deltas + 2 * segs;
      for (let s = 0; s < segs; s++) {
        const end = dv.getUint16(ends + 2 * s), start = dv.getUint16(starts + 2 * s), delta = dv.getInt16(deltas + 2 * s), ro = dv.getUint16(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const g = ro === 0 ? (c + delta) & 0xffff : dv.getUint16(ranges + 2 * s + ro + 2 * (c - start));
          if (g !== 0) set.add(c);
        }
      }
    } else if (format === 12) {
      const groups = dv.getUint32(off + 12);
      for (let g = 0; g < groups; g++) { const b = off + 16 + 12 * g; for (let c = dv.getUint32(b); c <= dv.getUint32(b + 4); c++) set.add(c); }
    }
  }
  return set;
}
