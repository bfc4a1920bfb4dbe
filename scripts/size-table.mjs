// Where the app's wasm bytes go, by crate and by area of this app: reads `twiggy top -f csv` of a build that kept
// its function names (scripts/size-table.sh makes one) and prints two tables. Names and debug sections are left
// out: they exist only in this measuring build. Generic code is counted where its outermost path points (a
// `serde_json::de::from_str::<rop::…>` counts as serde_json), so "rop" is the app's own non-generic code.
import { readFileSync } from 'node:fs';

const rows = readFileSync(process.argv[2], 'utf8').trim().split('\n').slice(1).map((line) => {
  const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  const name = m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1];
  return { name, size: Number(m[2]) };
}).filter((r) => !/^("function names" subsection|custom section|"local names"|"name" section)/.test(r.name)
  && !r.name.includes('names" subsection'));

const total = rows.reduce((s, r) => s + r.size, 0);

function crateOf(name) {
  if (name.startsWith('data segment')) return '(data: strings and tables)';
  if (/^(type|import|export|elem|table|memory|global|code section|wasm magic)/.test(name)) return '(wasm structure)';
  // `<T as tachys::…>` and `<Match as leptos_router::…>`: a type without a path counts where its trait lives;
  // methods of primitives (`<str>::to_lowercase`) are core's.
  const impl = name.match(/^<&?(?:mut )?([A-Za-z_][A-Za-z0-9_]*)(?:<[^>]*>)? as ([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
  if (impl) return impl[2];
  if (/^<(&?(mut )?(str|char|\[|u8|u16|u32|u64|usize|i32|i64|f64|bool))/.test(name)) return 'core';
  // Crate paths may carry a disambiguator (`core[c5930c85a12de822]::fmt`).
  const m = name.replace(/^[<&*\s(]+|^(mut |const |dyn )+/g, '').match(/^([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::/);
  return m ? m[1] : '(unnamed)';
}

// The app's own code by area: the domain and sync by cycle folder, the UI by page folder.
function areaOf(name) {
  if (crateOf(name) !== 'rop') return null;
  const m = name.replace(/rop\[[0-9a-f]+\]/g, 'rop')
    .match(/rop::(domain|sync|store|ui)(?:::(pages|components))?(?:::([a-z0-9_]+))?(?:::([a-z0-9_]+))?/);
  if (!m) return '(other)';
  if (m[1] === 'ui' && m[2] === 'pages') return `ui/pages/${m[3] || ''}${m[4] ? '/' + m[4] : ''}`;
  if (m[1] === 'ui' && m[2] === 'components') return 'ui/components';
  return `${m[1]}/${m[3] || ''}`;
}

function table(title, keyOf, limit) {
  const sums = new Map();
  for (const r of rows) {
    const k = keyOf(r.name);
    if (k !== null) sums.set(k, (sums.get(k) || 0) + r.size);
  }
  const sorted = [...sums].sort((a, b) => b[1] - a[1]);
  console.log(`\n${title}`);
  console.log(`${'part'.padEnd(36)} ${'bytes'.padStart(9)} ${'share'.padStart(7)}`);
  for (const [k, v] of sorted.slice(0, limit)) {
    console.log(`${k.padEnd(36)} ${String(v).padStart(9)} ${(100 * v / total).toFixed(1).padStart(6)}%`);
  }
  const rest = sorted.slice(limit).reduce((s, [, v]) => s + v, 0);
  if (rest) console.log(`${'(the rest)'.padEnd(36)} ${String(rest).padStart(9)} ${(100 * rest / total).toFixed(1).padStart(6)}%`);
}

console.log(`wasm code and data: ${total} bytes (before compression, names left out)`);
table('By crate', crateOf, 24);
table('The app (rop) by area', areaOf, 40);
