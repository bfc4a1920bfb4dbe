// Trunk post-build hook (see Trunk.toml). Runs in the staging folder Trunk is about to move to dist/:
// 1. puts the Content-Security-Policy into index.html (and the _headers example), allowing Trunk's inline loader
//    script by its hash only;
// 2. writes 404.html, a copy of index.html, so a static host serves the app for deep links;
// 3. fills sw.js with the build's version and the list of files to precache;
// 4. drops Trunk's <link rel="preload" as="fetch"> of the main wasm. Firefox ESR intermittently left a page blank
//    with it: the loader's own fetch() of the same file (without the preload's integrity) neither completed nor
//    failed, so the app never started (seen in CI and locally, on a reload and in a fresh profile). The loader
//    fetches the wasm right after the module preload anyway, and offline the service worker serves it.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run this from Trunk");

const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/g;
const preloads = (html.match(wasmPreload) || []).length;
html = html.replace(wasmPreload, "");
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`
);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
html = html.replace("__CSP__", csp);
writeFileSync(indexPath, html);
writeFileSync(join(dir, "404.html"), html);
const headersPath = join(dir, "_headers");
writeFileSync(headersPath, readFileSync(headersPath, "utf8").replace("__CSP__", csp));

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(relative(dir, p).split("\\").join("/"));
  }
};
walk(dir);
const skip = new Set(["sw.js", "_headers", "404.html", "index.html"]);
const precache = ["./", ...files.filter((f) => !skip.has(f))];
const version = createHash("sha256");
for (const f of files.filter((f) => f !== "sw.js")) version.update(f).update(readFileSync(join(dir, f)));
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(precache));
writeFileSync(swPath, sw);
console.log(`post-build: CSP with ${hashes.length} script hash(es), 404.html, sw.js precaching ${precache.length} files, ${preloads} wasm preload(s) dropped`);
