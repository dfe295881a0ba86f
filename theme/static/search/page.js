// The /search/ page: form state <-> URL, filters with counts, results as DOM text.
// Text from the index is only ever set through text nodes, never parsed as HTML.
import { analyze, facets, highlight, search, siteRoot } from "./search.js";

const form = document.getElementById("search-form");
const q = document.getElementById("search-q");
const person = document.getElementById("search-person");
const country = document.getElementById("search-country");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
// Entity page URLs by type ("people/{id}/"), from the site's ENTITY_URL setting.
const ENTITY_URLS = JSON.parse(document.querySelector("[data-entity-urls]")?.dataset.entityUrls || "{}");
const numbers = new Intl.NumberFormat("ar");
const dates = new Intl.DateTimeFormat("ar", { year: "numeric", month: "long", day: "numeric" });
let root = null;
let run = 0;

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c); // strings become text nodes
  return node;
}

function option(value, label, count) {
  return el("option", { value }, `${label} (${numbers.format(count)})`);
}

function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.append(el("option", { value }, value));
  }
  select.value = value;
}

function readURL() {
  const p = new URLSearchParams(location.search);
  q.value = p.get("q") || "";
  ensureOption(person, p.get("person") || "");
  ensureOption(country, (p.get("country") || "").toUpperCase());
}

function writeURL(push) {
  const p = new URLSearchParams();
  if (q.value.trim()) p.set("q", q.value.trim());
  if (person.value) p.set("person", person.value);
  if (country.value) p.set("country", country.value);
  const url = `${location.pathname}${p.toString() ? `?${p}` : ""}`;
  if (url !== `${location.pathname}${location.search}`) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

async function renderResult(r, terms) {
  const href = new URL(r.url, root).href;
  const title = el("h2", {}, el("a", { href }, r.title));
  const d = new Date(r.date);
  // An undated briefing has an empty date (see the importer's rule for seeds without one).
  const time = r.date
    ? el("time", { datetime: r.date }, Number.isNaN(d.getTime()) ? r.date : dates.format(d))
    : el("span", { class: "undated" }, "غير مؤرخ");
  const snippet = el("p", { class: "search-snippet" });
  for (const piece of await highlight(r.snippet, terms)) {
    snippet.append(piece.mark ? el("mark", {}, piece.text) : piece.text);
  }
  const chips = el("ul", { class: "search-chips", "aria-label": "الكيانات المذكورة" });
  for (const e of r.entities) {
    const pattern = ENTITY_URLS[e.type];
    if (pattern) chips.append(el("li", {}, el("a", { href: new URL(pattern.replace("{id}", e.id), root).href }, e.name)));
  }
  return el("li", {}, title, time, snippet, chips);
}

async function update(push = false) {
  writeURL(push);
  const mine = ++run;
  const text = q.value.trim();
  if (!text && !person.value && !country.value) {
    status.textContent = "اكتب كلمة أو اختر شخصية أو بلدًا.";
    list.replaceChildren();
    return;
  }
  status.textContent = "جارٍ البحث…";
  try {
    const answer = await search(text, { person: person.value, country: country.value, limit: 10 });
    const items = await Promise.all(answer.results.map((r) => renderResult(r, answer.terms)));
    if (mine !== run) return;
    list.replaceChildren(...items);
    status.textContent = answer.total
      ? `${numbers.format(answer.total)} نتيجة${answer.total > items.length ? `، تظهر أول ${numbers.format(items.length)}` : ""}`
      : "لا نتائج.";
  } catch (err) {
    if (mine !== run) return;
    list.replaceChildren();
    status.textContent = "تعذّر البحث: فهرس البحث غير متاح.";
    console.error(err);
  }
}

let timer = 0;
q.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => update(false), 200);
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(timer);
  update(true);
});
person.addEventListener("change", () => update(true));
country.addEventListener("change", () => update(true));
window.addEventListener("popstate", () => {
  readURL();
  update(false);
});

async function start() {
  // Rules load with the filters, so the first keystroke and a filter change fetch only index.
  const [r, f] = await Promise.all([siteRoot(), facets(), analyze("")]);
  root = r;
  person.append(...f.people.map((p) => option(p.id, p.name, p.count)));
  country.append(...f.countries.map((c) => option(c.code, c.name, c.count)));
  readURL();
  document.documentElement.classList.add("search-ready");
  await update(false);
}

start().catch((err) => {
  status.textContent = "تعذّر تحميل البحث.";
  console.error(err);
});
