// Checks rendered notice pages as people see them: in headless Chromium at
// 320 CSS px, with axe-core, on screen and in print.
//
//	node check.mjs DIR
//
// DIR holds pages named NOTICE.LANG.LAYER.html (LAYER full or short). For
// each page:
//
//   - axe-core finds no violation (every rule axe runs by default), and none
//     of colour contrast under prefers-color-scheme: dark;
//   - nothing scrolls sideways at 320 CSS px (WCAG 2.2 SC 1.4.10): the
//     document's scrollWidth is not above its clientWidth and no element
//     reaches past the viewport, on screen and with print media emulated;
//   - every in-page link (#id) names an element of the page, and every link
//     to another page of DIR names a page that exists and, with a fragment,
//     an element of it; a short page links to the full page of the same
//     notice and language.
//
// It prints each problem, then a summary, and exits 1 on any problem.
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

const dir = resolve(process.argv[2] ?? "");
if (!process.argv[2]) {
  console.error("usage: node check.mjs DIR");
  process.exit(2);
}
const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
if (pages.length === 0) {
  console.error(`no pages in ${dir}`);
  process.exit(1);
}

const WIDTH = 320;
const counts = { violations: 0, overflows: 0, links: 0 };
const problems = [];
function problem(kind, page, msg) {
  counts[kind]++;
  problems.push(`${page}: ${msg}`);
  console.log(`FAIL ${page}: ${msg}`);
}

// overflow returns what reaches past the viewport: the scroll width of the
// document and the innermost elements wider than it.
function overflow() {
  const root = document.scrollingElement;
  const cw = root.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > cw + 0.5 || r.left < -0.5) wide.push(el);
  }
  // Text that overflows its element: the element's box may fit.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let t; (t = walker.nextNode()); ) {
    if (!t.textContent.trim()) continue;
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    if ((r.width > 0 || r.height > 0) && (r.right > cw + 0.5 || r.left < -0.5) && !wide.includes(t.parentElement)) {
      wide.push(t.parentElement);
    }
  }
  const leaves = wide.filter((el) => !wide.some((o) => o !== el && el.contains(o)));
  const describe = (el) => {
    const r = el.getBoundingClientRect();
    const cls = el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "";
    const text = (el.textContent || "").trim().slice(0, 60);
    return `<${el.tagName.toLowerCase()}${cls}> ${Math.round(r.left)}..${Math.round(r.right)} px "${text}"`;
  };
  return { scrollWidth: root.scrollWidth, clientWidth: cw, wide: leaves.slice(0, 5).map(describe), count: leaves.length };
}

function checkOverflow(page, o, media) {
  if (o.scrollWidth > o.clientWidth) {
    problem("overflows", page, `${media}: scrolls sideways: scrollWidth ${o.scrollWidth} > clientWidth ${o.clientWidth}`);
  }
  if (o.count > 0) {
    problem("overflows", page, `${media}: ${o.count} element(s) wider than the viewport: ${o.wide.join("; ")}`);
  }
}

async function runAxe(p, options) {
  return p.evaluate(async (opts) => {
    const r = await window.axe.run(document, opts);
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  }, options);
}

const ids = new Map(); // page file name -> Set of ids
const outLinks = []; // {from, file, fragment}

async function checkPage(ctx, name) {
  const p = await ctx.newPage();
  try {
    const url = pathToFileURL(join(dir, name)).href;
    await p.emulateMedia({ media: "screen", colorScheme: "light" });
    await p.goto(url, { waitUntil: "load" });
    await p.addScriptTag({ content: axeSource });

    for (const v of await runAxe(p, { resultTypes: ["violations"] })) {
      problem("violations", name, `axe ${v.id} (${v.impact}): ${v.help}: ${v.targets.join(", ")}`);
    }
    checkOverflow(name, await p.evaluate(overflow), "screen");

    await p.emulateMedia({ colorScheme: "dark" });
    for (const v of await runAxe(p, { runOnly: ["color-contrast"], resultTypes: ["violations"] })) {
      problem("violations", name, `dark scheme: axe ${v.id}: ${v.help}: ${v.targets.join(", ")}`);
    }
    checkOverflow(name, await p.evaluate(overflow), "dark");

    await p.emulateMedia({ media: "print", colorScheme: "light" });
    checkOverflow(name, await p.evaluate(overflow), "print");
    await p.emulateMedia({ media: "screen" });

    const found = await p.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      const links = [...document.querySelectorAll("a[href]")].map((a) => ({ raw: a.getAttribute("href"), href: a.href }));
      return { ids, links };
    });
    const own = new Set(found.ids);
    ids.set(name, own);
    for (const l of found.links) {
      if (l.raw.startsWith("#")) {
        const id = decodeURIComponent(l.raw.slice(1));
        if (!own.has(id)) problem("links", name, `in-page link ${l.raw} names no element`);
        continue;
      }
      const u = new URL(l.href);
      if (u.protocol !== "file:") continue; // http(s), mailto: and tel: leave the page
      const file = fileURLToPath(new URL(u.pathname, u));
      outLinks.push({ from: name, raw: l.raw, file, fragment: decodeURIComponent(u.hash.slice(1)) });
    }
  } finally {
    await p.close();
  }
}

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
  ],
});
try {
  const ctx = await browser.newContext({ viewport: { width: WIDTH, height: 640 }, deviceScaleFactor: 1 });
  // Two pages at a time: the machine has two cores.
  const queue = [...pages];
  await Promise.all([0, 1].map(async () => {
    for (let name; (name = queue.shift()); ) await checkPage(ctx, name);
  }));
} finally {
  await browser.close();
}

// Links to other pages: the file is one of the pages and holds the fragment.
for (const l of outLinks) {
  if (resolve(l.file, "..") !== dir || !ids.has(basename(l.file))) {
    problem("links", l.from, `link ${l.raw} names no rendered page`);
  } else if (l.fragment && !ids.get(basename(l.file)).has(l.fragment)) {
    problem("links", l.from, `link ${l.raw}: ${basename(l.file)} has no element with id "${l.fragment}"`);
  }
}
// Every short page links to its full page.
for (const name of pages.filter((n) => n.endsWith(".short.html"))) {
  const full = name.replace(/\.short\.html$/, ".full.html");
  if (!outLinks.some((l) => l.from === name && basename(l.file) === full)) {
    problem("links", name, `no link to the full notice ${full}`);
  }
}

const secs = ((Date.now() - started) / 1000).toFixed(1);
console.log(`browser check: ${pages.length} pages checked in ${secs} s at ${WIDTH} CSS px (screen, dark, print): ` +
  `${counts.violations} axe violations, ${counts.overflows} overflows, ${counts.links} broken links`);
process.exit(problems.length > 0 ? 1 : 0);
