// Client-side search over the static export of the site's Whoosh index.
//
// An ES module with no dependencies and no build step. It runs the analysis rules of
// briefings/data/arabic.json and search_analysis.json plus the protected names the
// export derives from the knowledge base (rules.json.gz: the same rules the Python
// analyzer runs; tests/search/analysis_vectors.json keeps the two equal), plans the
// query like briefings/search/query.py (entity units expand to every spelling of the
// entity) and scores it with Whoosh's BM25F from the exported postings and length
// bytes, so its ranking equals `invoke search`.
// The file formats are described in briefings/search/export.py.

const BASE = new URL("./", import.meta.url);
const cache = new Map();
let manifestPromise = null;

function manifest() {
  if (!manifestPromise) {
    manifestPromise = fetch(new URL("manifest.json", BASE), { cache: "no-cache" }).then((r) => {
      if (!r.ok) throw new Error(`search index missing (${r.status})`);
      return r.json();
    });
  }
  return manifestPromise;
}

async function fetchBytes(path) {
  if (!cache.has(path)) {
    const p = manifest().then(async (m) => {
      const r = await fetch(new URL(`${path}?v=${m.build}`, BASE));
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      const raw = new Uint8Array(await r.arrayBuffer());
      // Hosts differ on Content-Encoding for .gz: decompress only real gzip bytes.
      if (raw[0] !== 0x1f || raw[1] !== 0x8b) return raw;
      const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    });
    cache.set(path, p);
    p.catch(() => cache.delete(path));
  }
  return cache.get(path);
}

const utf8 = new TextDecoder();
async function fetchJSON(path) {
  return JSON.parse(utf8.decode(await fetchBytes(path)));
}

// ---------------------------------------------------------------- analysis

let rulesPromise = null;

function loadRules() {
  if (!rulesPromise) {
    rulesPromise = fetchJSON("rules.json.gz").then((r) => compileRules(r.arabic, r.search));
  }
  return rulesPromise;
}

/** The compiled analysis rules of this site's index (for analyzeWith and tests). */
export function rules() {
  return loadRules();
}

/** Compile the two JSON rule files into the tables the analyzer runs. */
export function compileRules(ar, sa) {
  const cp = (h) => parseInt(h, 16);
  const table = new Map();
  for (const [lo, hi] of ar.strip_ranges) for (let c = cp(lo); c <= cp(hi); c++) table.set(c, "");
  for (const [src, dst] of Object.entries(ar.fold)) table.set(src.codePointAt(0), dst);
  const inventory = new Set(ar.proclitics);
  for (const p of sa.proclitics.strip) {
    if (!inventory.has(p)) throw new Error(`proclitic ${p} not in arabic.json`);
  }
  return {
    table,
    nfkc: ar.nfkc_ranges.map(([lo, hi]) => [cp(lo), cp(hi)]),
    lowercase: ar.lowercase,
    tokenRe: new RegExp(ar.token_pattern.javascript, "gu"),
    proclitics: [...sa.proclitics.strip].sort((a, b) => b.length - a.length),
    procliticMinStem: sa.proclitics.min_stem,
    splitAfter: sa.compounds.split_after,
    splitFollowedBy: sa.compounds.when_followed_by,
    splitMinRest: sa.compounds.min_rest,
    prefixVariants: sa.prefix_variants,
    arabicSuffixes: sa.arabic_suffixes,
    latinSuffixes: sa.latin_suffixes,
    stop: new Set([...sa.stop_words_ar, ...sa.stop_words_en]),
    protected: new Set(sa.protected || []),
  };
}

function foldChar(ch, R) {
  const c = ch.codePointAt(0);
  const t = R.table.get(c);
  if (t !== undefined) return t;
  for (const [lo, hi] of R.nfkc) {
    if (c >= lo && c <= hi) {
      // Code points with no compatibility form (﴾ ﴿, unassigned ones) stay as they are.
      const composed = ch.normalize("NFKC");
      if (composed === ch) break;
      let out = "";
      for (const x of composed) out += foldChar(x, R);
      return out;
    }
  }
  return R.lowercase ? ch.toLowerCase() : ch;
}

/** Normalised text plus, per normalised UTF-16 unit, its index in the original string. */
function normalizeWithOffsets(text, R) {
  let norm = "";
  const offsets = [];
  let i = 0;
  for (const ch of text) {
    const f = foldChar(ch, R);
    norm += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(text.length);
  return { norm, offsets };
}

const isArabic = (w) => /[\u0600-\u06ff\u0750-\u077f]/.test(w);
const isLatin = (w) => /^[a-z]+$/.test(w);
const len = (s) => [...s].length; // code points, as Python's len()

function splitCompound(word, R) {
  for (const head of R.splitAfter) {
    const rest = word.slice(head.length);
    if (word.startsWith(head) && rest.startsWith(R.splitFollowedBy) && len(rest) >= R.splitMinRest) {
      return [head, rest];
    }
  }
  return [word];
}

function stemArabic(word, R) {
  for (const c of R.proclitics) {
    if (word.startsWith(c) && len(word) - len(c) >= R.procliticMinStem) {
      word = word.slice(c.length);
      break;
    }
  }
  if (R.stop.has(word)) return null;
  for (const [from, to] of R.prefixVariants) {
    if (word.startsWith(from)) {
      word = to + word.slice(from.length);
      break;
    }
  }
  for (let changed = true; changed && !R.protected.has(word); ) {
    changed = false;
    for (const [suffix, minStem] of R.arabicSuffixes) {
      if (word.endsWith(suffix) && len(word) - len(suffix) >= minStem) {
        word = word.slice(0, word.length - suffix.length);
        changed = true;
        break;
      }
    }
  }
  return word;
}

function stemLatin(word, R) {
  for (const [suffix, replacement, minStem] of R.latinSuffixes) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return stem.length >= minStem ? stem + replacement : word;
    }
  }
  return word;
}

function stem(word, R) {
  if (R.stop.has(word)) return null;
  if (isArabic(word)) return stemArabic(word, R);
  if (isLatin(word)) return stemLatin(word, R);
  return word;
}

/** Terms of `text` with their [start, end) in the original string (UTF-16 indices). */
export function analyzeWith(text, R) {
  const { norm, offsets } = normalizeWithOffsets(text, R);
  const out = [];
  for (const m of norm.matchAll(R.tokenRe)) {
    const start = offsets[m.index];
    const end = offsets[m.index + m[0].length - 1] + 1;
    for (const part of splitCompound(m[0], R)) {
      const term = stem(part, R);
      if (term) out.push({ term, start, end });
    }
  }
  return out;
}

/** [{word, term}] pairs (term null for a stop word), for alias matching (surface_tokens). */
export function surfaceTokens(text, R) {
  const { norm } = normalizeWithOffsets(text, R);
  const out = [];
  for (const m of norm.matchAll(R.tokenRe)) {
    for (const part of splitCompound(m[0], R)) out.push({ word: part, term: stem(part, R) || null });
  }
  return out;
}

/** The index terms of `text`, as the Whoosh analyzer makes them. */
export async function analyze(text) {
  return analyzeWith(text, await loadRules()).map((t) => t.term);
}

// ---------------------------------------------------------------- index files

function reader(bytes) {
  let pos = 0;
  const r = {
    varint() {
      let n = 0;
      let shift = 0;
      for (;;) {
        const b = bytes[pos++];
        n += (b & 0x7f) * 2 ** shift;
        if (b < 0x80) return n;
        shift += 7;
      }
    },
    string() {
      const n = r.varint();
      const s = utf8.decode(bytes.subarray(pos, pos + n));
      pos += n;
      return s;
    },
    bytes(n) {
      const b = bytes.subarray(pos, pos + n);
      pos += n;
      return b;
    },
    byte: () => bytes[pos++],
    done: () => pos >= bytes.length,
  };
  return r;
}

function fnv1a(key) {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(key)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const TEXT_FIELDS = ["title", "body"];

// A term's title and body postings: field mask, then per field df, length, postings.
function textFields(r) {
  const fields = {};
  const mask = r.varint();
  TEXT_FIELDS.forEach((f, i) => {
    if (mask & (1 << i)) {
      const df = r.varint();
      fields[f] = { df, bytes: r.bytes(r.varint()) };
    }
  });
  return fields;
}

function parseShard(bytes) {
  const r = reader(bytes);
  const entries = new Map();
  for (let n = r.varint(); n > 0; n--) {
    const name = r.string();
    const kind = r.byte();
    const key = (kind === 0 ? "t:" : "e:") + name;
    const entry = { fields: {}, aliases: [] };
    if (kind === 0) {
      entry.fields = textFields(r);
      for (let a = r.varint(); a > 0; a--) {
        const akey = r.string();
        const ids = [];
        for (let k = r.varint(); k > 0; k--) ids.push(r.string());
        entry.aliases.push([akey, ids]);
      }
    } else {
      const df = r.varint();
      entry.fields.entities = { df, bytes: r.bytes(r.varint()) };
      entry.spellings = [];
      for (let s = r.varint(); s > 0; s--) {
        const terms = [];
        for (let k = r.varint(); k > 0; k--) terms.push(r.string());
        entry.spellings.push(terms);
      }
      entry.embedded = new Map();
      for (let k = r.varint(); k > 0; k--) {
        const term = r.string();
        entry.embedded.set(term, { fields: textFields(r), aliases: [] });
      }
    }
    entries.set(key, entry);
  }
  return entries;
}

function decodePostings(bytes, withTf) {
  const r = reader(bytes);
  const docs = [];
  const tfs = [];
  let doc = -1;
  while (!r.done()) {
    const v = r.varint();
    if (withTf) {
      doc += Math.floor(v / 2);
      tfs.push(v & 1 ? r.varint() + 2 : 1);
    } else {
      doc += v;
    }
    docs.push(doc);
  }
  return { docs, tfs };
}

async function shardEntry(prefix, key, count, dir) {
  if (!count) return undefined;
  const i = fnv1a(prefix + key) % count;
  const path = `${dir}/${i}.gz`;
  if (!cache.has(`parsed:${path}`)) {
    cache.set(`parsed:${path}`, fetchBytes(path).then(parseShard));
  }
  return (await cache.get(`parsed:${path}`)).get(prefix + key);
}

function norms(field) {
  const path = `n/${field}.gz`;
  if (!cache.has(`parsed:${path}`)) cache.set(`parsed:${path}`, fetchBytes(path));
  return cache.get(`parsed:${path}`);
}

// Facet shards hold `string key, varint n, n varint gaps` entries.
function parseFacetShard(bytes) {
  const r = reader(bytes);
  const out = new Map();
  for (let n = r.varint(); n > 0; n--) {
    const key = r.string();
    const docs = new Set();
    let doc = -1;
    for (let k = r.varint(); k > 0; k--) {
      doc += r.varint();
      docs.add(doc);
    }
    out.set(key, docs);
  }
  return out;
}

async function facetSet(key) {
  const m = await manifest();
  if (!m.facet_shards) return new Set();
  const path = `f/${fnv1a(key) % m.facet_shards}.gz`;
  if (!cache.has(`parsed:${path}`)) {
    cache.set(`parsed:${path}`, fetchBytes(path).then(parseFacetShard));
  }
  return (await cache.get(`parsed:${path}`)).get(key) || new Set();
}

// ---------------------------------------------------------------- scoring

const idf = (df, n) => Math.log(n / (df + 1)) + 1;

// Whoosh's scoring.bm25, operation for operation.
const bm25 = (idfv, tf, fl, avgfl, B, K1) =>
  idfv * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * fl) / avgfl)));

function fieldScores(m, lengths, field, posting) {
  const scores = new Map();
  if (!posting) return scores;
  const { docs, tfs } = decodePostings(posting.bytes, true);
  const w = idf(posting.df, m.docs);
  const B = m.B[field];
  for (let i = 0; i < docs.length; i++) {
    const fl = lengths ? m.lengths[lengths[docs[i]]] : 1; // B = 0: length unused
    scores.set(docs[i], bm25(w, tfs[i], fl, m.avgfl[field] || 1, B, m.K1));
  }
  return scores;
}

function union(maps) {
  const out = new Map();
  for (const mp of maps) for (const [d, s] of mp) out.set(d, (out.get(d) || 0) + s);
  return out;
}

function intersect(maps) {
  if (!maps.length) return new Map();
  let out = maps[0];
  for (const mp of maps.slice(1)) {
    const next = new Map();
    for (const [d, s] of out) if (mp.has(d)) next.set(d, s + mp.get(d));
    out = next;
  }
  return out;
}

/** Group {word, term} tokens into units, longest alias first (query.py: plan). */
export function plan(tokens, aliases) {
  let longest = 1;
  for (const k of aliases.keys()) longest = Math.max(longest, k.split(" ").length);
  const words = tokens.map((t) => t.word);
  const units = [];
  const seen = new Set();
  for (let i = 0; i < tokens.length; ) {
    let unit = null;
    let step = 1;
    for (let k = Math.min(longest, tokens.length - i); k > 0; k--) {
      const ids = aliases.get(words.slice(i, i + k).join(" "));
      if (ids && ids.length) {
        const terms = tokens.slice(i, i + k).flatMap((t) => (t.term ? [t.term] : []));
        unit = { terms, ids };
        step = k;
        break;
      }
    }
    if (!unit && tokens[i].term) unit = { terms: [tokens[i].term], ids: [] };
    const sig = JSON.stringify(unit);
    if (unit && !seen.has(sig)) {
      seen.add(sig);
      units.push(unit);
    }
    i += step;
  }
  return units;
}

/** Repeats and supersets dropped, ordered by (size, terms joined) (aliases.py: minimal). */
export function minimal(spellings) {
  const key = (sp) => sp.join(" ");
  const unique = new Map(spellings.map((sp) => [key(sp), sp]));
  const sorted = [...unique.values()].sort((a, b) => {
    if (a.length !== b.length) return a.length - b.length;
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const kept = [];
  for (const sp of sorted) {
    if (sp.length && !kept.some((k) => k.every((t) => sp.includes(t)))) kept.push(sp);
  }
  return kept;
}

/** Entity units take their ids' spellings and drop the typed terms (query.py: expand). */
export function expand(units, spellingsOf) {
  const out = [];
  const seen = new Set();
  for (let u of units) {
    if (u.ids.length) {
      u = { terms: [], ids: u.ids, spellings: minimal(u.ids.flatMap((id) => spellingsOf(id))) };
    } else {
      u = { terms: u.terms, ids: [], spellings: [] };
    }
    const sig = JSON.stringify([u.terms, u.ids, u.spellings]);
    if (!seen.has(sig)) {
      seen.add(sig);
      out.push(u);
    }
  }
  return out;
}

/** The query's terms, then every spelling's, once each (query.py: highlight_terms). */
export function highlightTerms(tokens, units) {
  const terms = tokens.flatMap((t) => (t.term ? [t.term] : []));
  for (const u of units) for (const sp of u.spellings) terms.push(...sp);
  return [...new Set(terms)];
}

const SCALE = 1e6; // scores are compared rounded to 6 decimals, as in query.py

async function loadTerms(m, terms, entries) {
  const missing = [...new Set(terms)].filter((t) => !entries.has(t));
  await Promise.all(
    missing.map(async (t) => entries.set(t, await shardEntry("t:", t, m.shards, "t"))),
  );
}

function lengthFields(m, entries, withEntities) {
  const used = new Set(withEntities ? ["entities"] : []);
  for (const e of entries.values()) for (const f of Object.keys(e ? e.fields : {})) used.add(f);
  return [...used].filter((f) => m.B[f] > 0);
}

async function scoreQuery(m, tokens) {
  const entries = new Map();
  await loadTerms(
    m,
    tokens.flatMap((t) => (t.term ? [t.term] : [])),
    entries,
  );
  const aliases = new Map();
  for (const e of entries.values()) for (const [k, ids] of e ? e.aliases : []) aliases.set(k, ids);
  const planned = plan(tokens, aliases);
  const ids = [...new Set(planned.flatMap((u) => u.ids))];
  // Length bytes for the typed terms load alongside the entities: usually all we need.
  const early = lengthFields(m, entries, ids.length > 0).map((f) => norms(f));
  const ents = await Promise.all(ids.map((id) => shardEntry("e:", id, m.shards, "t")));
  const entity = new Map(ids.map((id, i) => [id, ents[i]]));
  const units = expand(planned, (id) => (entity.get(id) && entity.get(id).spellings) || []);
  // Rare spellings came inside the entity entries: no fetch for them.
  for (const e of ents) {
    for (const [t, entry] of e ? e.embedded : []) if (!entries.has(t)) entries.set(t, entry);
  }
  await loadTerms(
    m,
    units.flatMap((u) => u.spellings.flat()),
    entries,
  );
  const used = lengthFields(m, entries, ids.length > 0);
  const [, lengths] = await Promise.all([Promise.all(early), Promise.all(used.map(norms))]);
  const nm = Object.fromEntries(used.map((f, i) => [f, lengths[i]]));
  const words = (terms) =>
    intersect(
      terms.map((t) => {
        const e = entries.get(t);
        return union(TEXT_FIELDS.map((f) => fieldScores(m, nm[f], f, e && e.fields[f])));
      }),
    );
  const unitScores = units.map((u) => {
    if (!u.ids.length) return words(u.terms);
    const byId = u.ids.map((id) => {
      const e = entity.get(id);
      return fieldScores(m, nm.entities, "entities", e && e.fields.entities);
    });
    return union([...byId, ...u.spellings.map(words)]);
  });
  return { scores: intersect(unitScores), terms: highlightTerms(tokens, units) };
}

async function metadata(m, docs) {
  if (!docs.length) return [];
  const buckets = [...new Set(docs.map((d) => Math.floor(d / m.bucket_docs)))];
  const [f, ...files] = await Promise.all([
    fetchJSON("facets.json.gz"),
    ...buckets.map((b) => fetchJSON(`m/${b}.gz`)),
  ]);
  const loaded = new Map(buckets.map((b, i) => [b, files[i]]));
  return docs.map((d) => {
    const [url, title, date, snippet, ps, cs] = loaded.get(Math.floor(d / m.bucket_docs))[
      d % m.bucket_docs
    ];
    const entities = [
      ...ps.map((i) => ({ id: f.people[i][0], type: "person", name: f.people[i][1] })),
      ...cs
        .filter((i) => f.countries[i][3])
        .map((i) => ({ id: f.countries[i][3], type: "country", name: f.countries[i][1] })),
    ];
    return { url, title, date, snippet, entities };
  });
}

/**
 * Search the archive. `person` is an entity id, `country` an ISO 3166 code; either
 * alone with an empty query browses, newest first.
 * Returns {total, results: [{url, title, date, score, snippet, entities}], terms}: `terms`
 * are the analysed terms to highlight, every spelling of a named entity included.
 */
export async function search(query, { person = "", country = "", limit = 10 } = {}) {
  const [m, R] = await Promise.all([manifest(), loadRules()]);
  const tokens = surfaceTokens(query || "", R);
  let terms = tokens.flatMap((t) => (t.term ? [t.term] : []));
  const filters = [];
  if (person) filters.push(facetSet(`p:${person}`));
  if (country) filters.push(facetSet(`c:${country.toUpperCase()}`));
  const [sets, answer] = await Promise.all([
    Promise.all(filters),
    terms.length ? scoreQuery(m, tokens) : null,
  ]);
  let hits;
  if (answer) {
    terms = answer.terms;
    hits = [];
    for (const [doc, s] of answer.scores) {
      if (sets.every((set) => set.has(doc))) hits.push([doc, Math.round(s * SCALE)]);
    }
    hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  } else if (sets.length) {
    const [first, ...rest] = sets;
    hits = [...first].filter((d) => rest.every((s) => s.has(d))).map((d) => [d, 0]);
    hits.sort((a, b) => a[0] - b[0]);
  } else {
    hits = [];
  }
  const top = hits.slice(0, Math.max(0, limit));
  const meta = await metadata(
    m,
    top.map(([d]) => d),
  );
  const results = meta.map((r, i) => ({ ...r, score: top[i][1] / SCALE }));
  return { total: hits.length, results, terms };
}

/** People and countries with their article counts, most frequent first. */
export async function facets() {
  const f = await fetchJSON("facets.json.gz");
  return {
    people: f.people.map(([id, name, count]) => ({ id, name, count })),
    countries: f.countries.map(([code, name, count, id]) => ({ code, name, count, id })),
  };
}

/**
 * Split `text` into [{text, mark}] pieces, marking words whose analysed term is one of
 * `terms`; the caller builds text nodes and <mark> elements from them.
 */
export async function highlight(text, terms) {
  const R = await loadRules();
  const wanted = new Set(terms);
  const pieces = [];
  let at = 0;
  for (const t of analyzeWith(text, R)) {
    if (!wanted.has(t.term) || t.start < at) continue;
    if (t.start > at) pieces.push({ text: text.slice(at, t.start), mark: false });
    pieces.push({ text: text.slice(t.start, t.end), mark: true });
    at = t.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}

/** Where the site's root is, relative to this module (for result and entity links). */
export async function siteRoot() {
  const m = await manifest();
  return new URL(m.root || "../", BASE);
}
