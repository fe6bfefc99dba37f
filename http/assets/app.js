// dyad serve's page: filters, event table with highlighted evidence,
// timeline, dyad network, map and article view over the JSON API.
// Plain JS, no dependencies. All state lives in the URL hash
// (#view=timeline&actor=PRK&event=12), so every view is a link.
"use strict";

const FILTERS = ["from", "to", "actor", "country", "dyad", "cameo", "root", "quad", "plover", "status", "q"];
const ROOTS = {
  "01": "Make public statement", "02": "Appeal", "03": "Express intent to cooperate", "04": "Consult",
  "05": "Engage in diplomatic cooperation", "06": "Engage in material cooperation", "07": "Provide aid",
  "08": "Yield", "09": "Investigate", "10": "Demand", "11": "Disapprove", "12": "Reject", "13": "Threaten",
  "14": "Protest", "15": "Exhibit military posture", "16": "Reduce relations", "17": "Coerce", "18": "Assault",
  "19": "Fight", "20": "Use unconventional mass violence",
};
const QUADS = { "1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict" };
const QUAD_COLOR = { "1": "#38a169", "2": "#3182ce", "3": "#dd6b20", "4": "#c53030" };
const SVGNS = "http://www.w3.org/2000/svg";

const $ = (sel) => document.querySelector(sel);

// ---- state in the hash ----

function readState() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ""));
  const s = {};
  for (const [k, v] of p) if (v !== "") s[k] = v;
  if (!["events", "timeline", "network", "map"].includes(s.view)) s.view = "events";
  return s;
}

function writeState(s) {
  const p = new URLSearchParams();
  for (const k of Object.keys(s)) if (s[k] !== undefined && s[k] !== "" && !(k === "view" && s[k] === "events")) p.set(k, s[k]);
  const h = "#" + p.toString();
  if (location.hash !== h && !(h === "#" && location.hash === "")) location.hash = h;
  else render();
}

function update(changes) {
  const s = readState();
  Object.assign(s, changes);
  for (const k of Object.keys(s)) if (s[k] === null) delete s[k];
  writeState(s);
}

function filterQuery(s) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s[k]) p.set(k, s[k]);
  return p;
}

// ---- API ----

const cache = new Map();

async function api(path) {
  if (cache.has(path)) return cache.get(path);
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  let body;
  try { body = await r.json(); } catch (e) { throw new Error(`${path}: HTTP ${r.status}`); }
  if (!r.ok) throw new Error(body.error || `HTTP ${r.status}`);
  if (cache.size > 200) cache.clear();
  cache.set(path, body);
  return body;
}

function showError(err) {
  const e = $("#error");
  if (!err) { e.hidden = true; e.textContent = ""; return; }
  e.hidden = false;
  e.textContent = String(err.message || err);
}

// ---- text with byte spans ----

// charIndex maps each UTF-8 byte offset of str to a UTF-16 index.
function byteToChar(str) {
  const map = [];
  let b = 0, i = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n; i += ch.length;
  }
  map[b] = i;
  return map;
}

// highlight appends str to el with <mark> elements for spans
// ([{start, end, cls, title}] in UTF-8 bytes); overlapping spans combine classes.
function highlight(el, str, spans) {
  const map = byteToChar(str);
  const nbytes = map.length - 1;
  const ok = spans.filter((s) => s.start >= 0 && s.end > s.start && s.end <= nbytes && map[s.start] !== undefined && map[s.end] !== undefined);
  const cuts = new Set([0, nbytes]);
  for (const s of ok) { cuts.add(s.start); cuts.add(s.end); }
  const pts = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < pts.length; k++) {
    const a = pts[k], b = pts[k + 1];
    const text = str.slice(map[a], map[b]);
    const on = ok.filter((s) => s.start <= a && s.end >= b);
    if (on.length === 0) { el.append(text); continue; }
    const m = document.createElement("mark");
    m.className = [...new Set(on.map((s) => s.cls))].join(" ");
    const titles = on.map((s) => s.title).filter(Boolean);
    if (titles.length) m.title = titles.join("; ");
    const evs = [...new Set(on.filter((s) => s.event).map((s) => s.event))];
    if (evs.length) m.dataset.events = evs.join(" ");
    m.textContent = text;
    el.append(m);
  }
}

function evidenceSpans(ev) {
  const sp = [];
  if (ev.source && ev.source.span) sp.push({ start: ev.source.span[0], end: ev.source.span[1], cls: "src", title: "source " + ev.source.code });
  if (ev.target && ev.target.span) sp.push({ start: ev.target.span[0], end: ev.target.span[1], cls: "tgt", title: "target " + ev.target.code });
  if (ev.evidence && ev.evidence.span) sp.push({ start: ev.evidence.span[0], end: ev.evidence.span[1], cls: "verb", title: "CAMEO " + ev.cameo });
  return sp;
}

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  e.append(...kids.filter((k) => k !== null && k !== undefined));
  return e;
}

function svg(tag, attrs, parent) {
  const e = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (parent) parent.append(e);
  return e;
}

function svgTitle(e, text) { svg("title", {}, e).textContent = text; }

function actorLabel(a) { return a ? a.code : "–"; }

function link(text, changes, cls) {
  const p = new URLSearchParams(location.hash.replace(/^#/, ""));
  for (const [k, v] of Object.entries(changes)) { if (v === null) p.delete(k); else p.set(k, v); }
  const a = el("a", { href: "#" + p.toString(), text });
  if (cls) a.className = cls;
  return a;
}

// ---- views ----

let loadedKey = null;
let detailKey = null;

async function render() {
  const s = readState();
  showError(null);
  // filter form
  const form = $("#filters");
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = s[k] || "";
  for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.dataset.view === s.view);
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== "view-" + s.view;
  const fq = filterQuery(s).toString();
  const key = s.view + "?" + fq + "&" + (s.by || "") + (s.bucket || "");
  const jobs = [];
  if (key !== loadedKey) {
    loadedKey = key;
    jobs.push(loadView(s, fq).catch((e) => { loadedKey = null; $("#status").textContent = ""; showError(e); }));
  }
  const dk = (s.article ? "a" + s.article : "") + (s.event ? "e" + s.event : "");
  if (dk !== detailKey) {
    detailKey = dk;
    // (the pane says what failed rather than "loading…" for ever: an unknown event id)
    jobs.push(loadDetail(s).catch((e) => { detailKey = null; $("#detail-body").textContent = String(e.message || e); showError(e); }));
  }
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.id === s.event);
  await Promise.all(jobs);
}

async function loadView(s, fq) {
  $("#status").textContent = "loading…";
  if (s.view === "events") await loadEvents(fq, "");
  else if (s.view === "timeline") await loadTimeline(s, fq);
  else if (s.view === "network") await loadNetwork(fq);
  else if (s.view === "map") await loadMap(fq);
}

let eventsShown = 0;

async function loadEvents(fq, cursor) {
  const p = new URLSearchParams(fq);
  p.set("limit", "100");
  if (cursor) p.set("cursor", cursor);
  const page = await api("/api/events?" + p);
  const tb = $("#events tbody");
  if (!cursor) { tb.textContent = ""; eventsShown = 0; }
  const sel = readState().event;
  for (const e of page.events) {
    const tr = el("tr", { "data-id": String(e.global_event_id), class: "q" + e.quad_class });
    if (String(e.global_event_id) === sel) tr.classList.add("selected");
    const ev = el("td", { class: "ev" });
    highlight(ev, e.evidence.text, evidenceSpans(e));
    tr.append(
      el("td", { class: "code", text: e.date || "–" }),
      el("td", { class: "code", title: e.source ? e.source.name + " (" + e.source.text + ")" : "", text: actorLabel(e.source) }),
      el("td", { class: "code", title: (ROOTS[e.cameo_root] || "") + " · QuadClass " + e.quad_class + " · Goldstein " + e.goldstein, text: e.cameo }),
      el("td", { class: "code", title: e.target ? e.target.name + " (" + e.target.text + ")" : "", text: actorLabel(e.target) }),
      el("td", { text: e.status }),
      el("td", { class: "code", text: `${e.num_mentions}/${e.num_sources}/${e.num_articles}` }),
      ev);
    tb.append(tr);
  }
  eventsShown += page.events.length;
  const more = $("#more");
  more.hidden = !page.next_cursor;
  more.dataset.cursor = page.next_cursor || "";
  $("#view-events .empty").hidden = eventsShown > 0;
  $("#status").textContent = page.next_cursor ? `${eventsShown}+ events` : count(eventsShown, "event", "events");
}

// periods lists every period from a to b inclusive ("2024-07-13", "2024-07" or "2024").
function periods(a, b, bucket) {
  const out = [];
  if (bucket === "year") { for (let y = +a; y <= +b && out.length < 5000; y++) out.push(String(y)); return out; }
  if (bucket === "month") {
    let [y, m] = a.split("-").map(Number);
    const [by, bm] = b.split("-").map(Number);
    while ((y < by || (y === by && m <= bm)) && out.length < 5000) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      if (++m > 12) { m = 1; y++; }
    }
    return out;
  }
  let d = new Date(a + "T00:00:00Z");
  const end = new Date(b + "T00:00:00Z");
  while (d <= end && out.length < 5000) { out.push(d.toISOString().slice(0, 10)); d = new Date(d.getTime() + 86400000); }
  return out;
}

function autoBucket(s) {
  if (s.bucket) return s.bucket;
  if (s.from && s.to) {
    const days = (new Date(s.to) - new Date(s.from)) / 86400000;
    if (days <= 120) return "day";
    if (days <= 3660) return "month";
    return "year";
  }
  return "month";
}

function rootColor(k) { return `hsl(${(Number(k) * 47) % 360}, 60%, ${Number(k) >= 14 ? 42 : 55}%)`; }

async function loadTimeline(s, fq) {
  const by = s.by === "root" ? "root" : "quad";
  let bucket = autoBucket(s);
  $("#tl-by").value = by;
  $("#tl-bucket").value = s.bucket || "";
  const p = new URLSearchParams(fq);
  p.set("by", by); p.set("bucket", bucket);
  let data = await api("/api/timeline?" + p);
  if (!s.bucket && bucket === "month" && data.points.length) {
    const ps = [...new Set(data.points.map((x) => x.period))].sort();
    if (periods(ps[0], ps[ps.length - 1], "month").length > 240) {
      bucket = "year"; p.set("bucket", bucket);
      data = await api("/api/timeline?" + p);
    }
  }
  const g = $("#timeline");
  g.textContent = "";
  const W = 960, H = 360, L = 62, R = 10, T = 10, B = 40;
  const keys = [...new Set(data.points.map((x) => x.key))].sort();
  const color = (k) => by === "quad" ? QUAD_COLOR[k] : rootColor(k);
  const legend = $("#timeline-legend");
  legend.textContent = "";
  for (const k of keys) {
    const sp = el("span", { text: by === "quad" ? `${k} ${QUADS[k]}` : `${k} ${ROOTS[k] || ""}` });
    sp.style.setProperty("--c", color(k));
    legend.append(sp);
  }
  let total = 0;
  for (const x of data.points) total += x.events;
  $("#status").textContent = `${total} dated events per ${bucket}`;
  if (!data.points.length) {
    svg("text", { x: W / 2, y: H / 2, "text-anchor": "middle" }, g).textContent = "No dated events match these filters.";
    return;
  }
  const ps = [...new Set(data.points.map((x) => x.period))].sort();
  const all = periods(ps[0], ps[ps.length - 1], bucket);
  const idx = new Map(all.map((x, i) => [x, i]));
  const stack = all.map(() => ({}));
  const sums = all.map(() => 0);
  for (const x of data.points) { const i = idx.get(x.period); if (i === undefined) continue; stack[i][x.key] = x.events; sums[i] += x.events; }
  // the y axis: ticks at whole multiples of 1, 2 or 5 × 10^k (4 or 5 of
  // them), the top one at or above the highest bar, each labelled, and
  // the axis titled with what it counts
  const step = yStep(Math.max(1, ...sums));
  const max = step * Math.ceil(Math.max(1, ...sums) / step);
  const bw = (W - L - R) / all.length;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  for (let v = 0; v <= max; v += step) {
    svg("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, g);
    svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", class: "ytick" }, g).textContent = v.toLocaleString("en");
  }
  svg("line", { x1: L, x2: L, y1: T, y2: H - B, class: "axis" }, g);
  svg("text", { x: 0, y: 0, "text-anchor": "middle", class: "ytitle",
    transform: `translate(12 ${(T + H - B) / 2}) rotate(-90)` }, g).textContent = `events per ${bucket}`;
  svg("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }, g);
  const every = Math.max(1, Math.ceil(all.length / 10));
  for (let i = 0; i < all.length; i += every) {
    svg("text", { x: L + bw * (i + 0.5), y: H - B + 16, "text-anchor": "middle" }, g).textContent = all[i];
  }
  for (let i = 0; i < all.length; i++) {
    let acc = 0;
    for (const k of keys) {
      const v = stack[i][k] || 0;
      if (!v) continue;
      const r = svg("rect", { class: "bar", x: L + bw * i + (bw > 3 ? 0.5 : 0), width: Math.max(0.5, bw > 3 ? bw - 1 : bw),
        y: y(acc + v), height: Math.max(0.5, y(acc) - y(acc + v)), fill: color(k), "data-period": all[i], "data-key": k }, g);
      svgTitle(r, `${all[i]} · ${by === "quad" ? "QuadClass " + k + " " + QUADS[k] : "root " + k + " " + (ROOTS[k] || "")}: ${count(v, "event", "events")}`);
      acc += v;
    }
  }
}

// yStep is the step between the timeline's y ticks for a highest bar of
// max events: the least of 1, 2, 5, 10, 20, 50 … that gives at most 5
// steps (max 14: 5, ticks 0 5 10 15; max 1: 1, ticks 0 1).
function yStep(max) {
  for (let mag = 1; ; mag *= 10) {
    for (const m of [1, 2, 5]) if (m * mag * 5 >= max) return m * mag;
  }
}

function periodRange(p) {
  if (p.length === 10) return [p, p];
  if (p.length === 7) {
    const [y, m] = p.split("-").map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [p + "-01", `${p}-${String(last).padStart(2, "0")}`];
  }
  return [p + "-01-01", p + "-12-31"];
}

async function loadNetwork(fq) {
  const p = new URLSearchParams(fq);
  p.set("limit", "60");
  const data = await api("/api/dyads?" + p);
  const g = $("#network");
  g.textContent = "";
  const W = 800, H = 640, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 90;
  $("#status").textContent = `${data.dyads.length} actor pairs`;
  if (!data.dyads.length) {
    svg("text", { x: cx, y: cy, "text-anchor": "middle" }, g).textContent = "No actor pairs match these filters.";
    return;
  }
  const weight = new Map();
  const names = new Map();
  for (const d of data.dyads) {
    weight.set(d.source, (weight.get(d.source) || 0) + d.events);
    weight.set(d.target, (weight.get(d.target) || 0) + d.events);
    names.set(d.source, d.source_name); names.set(d.target, d.target_name);
  }
  // circular layout, nodes grouped by country prefix so a country's agents sit together
  const nodes = [...weight.keys()].sort((a, b) => a.localeCompare(b));
  const pos = new Map();
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos.set(n, { x: cx + rad * Math.cos(a), y: cy + rad * Math.sin(a), a });
  });
  const defs = svg("defs", {}, g);
  const marker = svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "9", markerHeight: "9", markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, defs);
  svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#666" }, marker);
  const maxE = Math.max(...data.dyads.map((d) => d.events));
  const gcol = (v) => v < 0 ? `rgb(${200}, ${Math.round(200 + v * 14)}, ${Math.round(200 + v * 14)})` : `rgb(${Math.round(200 - v * 16)}, ${200}, ${Math.round(200 - v * 12)})`;
  const nr = (n) => 4 + 10 * Math.sqrt((weight.get(n) || 1) / Math.max(...weight.values()));
  for (const d of data.dyads) {
    const a = pos.get(d.source), b = pos.get(d.target);
    let path;
    if (d.source === d.target) {
      path = `M${a.x},${a.y} c ${30 * Math.cos(a.a - 0.5)},${30 * Math.sin(a.a - 0.5)} ${30 * Math.cos(a.a + 0.5)},${30 * Math.sin(a.a + 0.5)} 0,0`;
    } else {
      // curve towards the centre; shorten so the arrow touches the node
      const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
      const r2 = nr(d.target) + 2;
      const ex = b.x - (dx / len) * r2, ey = b.y - (dy / len) * r2;
      const mx = (a.x + b.x) / 2 + (cx - (a.x + b.x) / 2) * 0.25, my = (a.y + b.y) / 2 + (cy - (a.y + b.y) / 2) * 0.25;
      path = `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`;
    }
    const e = svg("path", { d: path, class: "edge", fill: "none", stroke: gcol(Math.max(-10, Math.min(10, d.mean_goldstein))),
      "stroke-width": 1 + 6 * Math.sqrt(d.events / maxE), "marker-end": "url(#arrow)", "data-dyad": `${d.source},${d.target}` }, g);
    svgTitle(e, `${d.source} → ${d.target}: ${count(d.events, "event", "events")}, ${count(d.mentions, "mention", "mentions")}, mean Goldstein ${d.mean_goldstein.toFixed(1)}`);
  }
  for (const n of nodes) {
    const q = pos.get(n);
    const c = svg("circle", { cx: q.x, cy: q.y, r: nr(n), fill: "#2b6cb0", class: "node", "data-actor": n }, g);
    svgTitle(c, `${n} ${names.get(n) || ""}: ${count(weight.get(n), "event", "events")}`);
    const out = 1 + (nr(n) + 6) / rad;
    const t = svg("text", { x: cx + (q.x - cx) * out, y: cy + (q.y - cy) * out + 4,
      "text-anchor": Math.abs(q.x - cx) < 20 ? "middle" : q.x > cx ? "start" : "end", class: "label" }, g);
    t.textContent = n;
  }
}

async function loadMap(fq) {
  const p = new URLSearchParams(fq);
  p.set("limit", "500");
  const data = await api("/api/places?" + p);
  const g = $("#map");
  g.textContent = "";
  const W = 720, H = 360;
  const X = (lon) => ((lon + 180) / 360) * W, Y = (lat) => ((90 - lat) / 180) * H;
  svg("rect", { x: 0, y: 0, width: W, height: H, class: "ocean" }, g);
  for (let lon = -180; lon <= 180; lon += 30) svg("line", { x1: X(lon), x2: X(lon), y1: 0, y2: H, class: "grid" }, g);
  for (let lat = -60; lat <= 60; lat += 30) svg("line", { x1: 0, x2: W, y1: Y(lat), y2: Y(lat), class: "grid" }, g);
  for (let lon = -150; lon <= 150; lon += 60) svg("text", { x: X(lon) + 2, y: H - 4 }, g).textContent = `${lon}°`;
  for (let lat = -60; lat <= 60; lat += 30) svg("text", { x: 2, y: Y(lat) - 2 }, g).textContent = `${lat}°`;
  const max = Math.max(1, ...data.places.map((x) => x.events));
  const tb = $("#places tbody");
  tb.textContent = "";
  let total = 0;
  for (const pl of data.places) {
    total += pl.events;
    const c = svg("circle", { class: "dot", cx: X(pl.lon), cy: Y(pl.lat), r: 2 + 14 * Math.sqrt(pl.events / max), "data-place": pl.name }, g);
    svgTitle(c, `${pl.name} (${pl.country}): ${count(pl.events, "event", "events")}`);
  }
  const placed = [];
  for (const pl of data.places.slice(0, 12)) {
    const x = X(pl.lon) + 4, y = Y(pl.lat) - 4, w = 6.5 * pl.name.length;
    if (!placed.some((b) => x < b.x + b.w && b.x < x + w && Math.abs(y - b.y) < 13)) {
      svg("text", { x, y, class: "place-label" }, g).textContent = pl.name;
      placed.push({ x, y, w });
    }
    tb.append(el("tr", {}, el("td", { text: pl.name }), el("td", { text: pl.country }), el("td", { text: String(pl.events) })));
  }
  $("#status").textContent = `${total} located events at ${data.places.length} places`;
}

// ---- detail pane: an event with its mentions, or an article with its spans ----

async function loadDetail(s) {
  const pane = $("#detail"), body = $("#detail-body");
  if (!s.article && !s.event) { pane.hidden = true; body.textContent = ""; return; }
  pane.hidden = false;
  body.textContent = "loading…";
  if (s.article) return renderArticle(body, await api("/api/articles/" + encodeURIComponent(s.article)), s);
  return renderEvent(body, await api("/api/events/" + encodeURIComponent(s.event)));
}

function kv(pairs) {
  const dl = el("dl", { class: "kv" });
  for (const [k, v] of pairs) if (v !== "" && v !== null && v !== undefined) dl.append(el("dt", { text: k }), el("dd", {}, v));
  return dl;
}

// count says n of a thing, singular for one: "1 mention", "3 mentions", "1 story".
function count(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

function actorText(a) { return a ? `${a.code} — ${a.name} (“${a.text}”)` : "–"; }

function renderEvent(body, d) {
  const e = d.event;
  body.textContent = "";
  body.append(el("h2", { class: "event-title", text: `${actorLabel(e.source)} → ${e.cameo} → ${actorLabel(e.target)}` }));
  body.append(kv([
    ["event", `#${e.global_event_id} · ${e.date || "date unknown"} (${e.date_precision})`],
    ["source", actorText(e.source)],
    ["code", `${e.cameo} ${ROOTS[e.cameo_root] ? "(" + ROOTS[e.cameo_root] + ")" : ""} · QuadClass ${e.quad_class} · Goldstein ${e.goldstein}`],
    ["target", actorText(e.target)],
    ["PLOVER", e.plover && e.plover.event ? `${e.plover.event}${e.plover.mode ? " / " + e.plover.mode : ""}` : ""],
    ["status", e.status],
    ["reported by", e.reported_by ? actorText(e.reported_by) : ""],
    ["location", e.location ? `${e.location.name} ${e.location.country || ""} (${e.location.lat}, ${e.location.lon})` : ""],
    ["counts", `${count(e.num_mentions, "mention", "mentions")}, ${count(e.num_sources, "source", "sources")}, ${count(e.num_articles, "story", "stories")}`],
  ]));
  // (the API lists the first 1,000 mentions: more_mentions when there are more)
  body.append(el("h3", { text: d.more_mentions ? `Mentions (the first ${d.mentions.length} of ${e.num_mentions})` : `Mentions (${d.mentions.length})` }));
  for (const m of d.mentions) {
    const p = el("p", { class: "evidence" });
    highlight(p, m.event.evidence.text, evidenceSpans(m.event));
    body.append(el("div", { class: "mention" },
      el("div", { class: "meta" }, `${m.source || m.url || ""} · sentence ${m.sentence} · ${m.status} · `,
        link("open article", { article: m.article_id }, "open-article")),
      p));
  }
}

function renderArticle(body, a, s) {
  body.textContent = "";
  const back = s.event ? link("← event #" + s.event, { article: null }) : null;
  if (back) body.append(back);
  const h = el("h2", {});
  const titleSpans = [];
  const paraSpans = a.body.map(() => []);
  for (const sp of a.spans) {
    const ev = sp.event;
    const label = `#${sp.global_event_id} ${actorLabel(ev.source)} ${ev.cameo} ${actorLabel(ev.target)}`;
    const list = sp.paragraph === -1 ? titleSpans : paraSpans[sp.paragraph];
    if (!list) continue;
    list.push({ start: sp.sentence[0], end: sp.sentence[1], cls: "sent", title: label, event: String(sp.global_event_id) });
    if (sp.source[0] >= 0) list.push({ start: sp.source[0], end: sp.source[1], cls: "src", title: "source " + ev.source.code });
    if (sp.target[0] >= 0) list.push({ start: sp.target[0], end: sp.target[1], cls: "tgt", title: "target " + ev.target.code });
    if (sp.verb[0] >= 0) list.push({ start: sp.verb[0], end: sp.verb[1], cls: "verb", title: "CAMEO " + ev.cameo });
  }
  highlight(h, a.title || "(untitled)", titleSpans);
  const art = el("div", { class: "article" }, h);
  art.append(kv([["source", a.source], ["published", a.published], ["byline", a.byline || ""],
    ["url", /^https?:\/\//i.test(a.url || "") ? el("a", { href: a.url, rel: "noreferrer noopener", target: "_blank", text: a.url }) : a.url || ""],
    ["id", a.id]]));
  a.body.forEach((text, i) => {
    const p = el("p", {});
    highlight(p, text, paraSpans[i]);
    art.append(p);
  });
  // (the API sends the text's first MiB and the first 1,000 spans: text_truncated, spans_total past that)
  if (a.text_truncated) art.append(el("p", { class: "meta", text: "(the text goes on: only its first MiB is shown)" }));
  body.append(art);
  body.append(el("h3", { text: a.spans_total ? `Coded events (the first ${a.spans.length} of ${a.spans_total})` : `Coded events (${a.spans.length})` }));
  const ul = el("ul", { class: "spans" });
  for (const sp of a.spans) {
    const ev = sp.event;
    ul.append(el("li", {}, link(`#${sp.global_event_id}`, { event: String(sp.global_event_id), article: null }),
      ` ${ev.date || "–"} ${actorLabel(ev.source)} ${ev.cameo} ${actorLabel(ev.target)} · ${ev.status} · “${ev.evidence.verb}”${sp.paragraph === -2 ? " (sentence not found in text)" : ""}`));
  }
  body.append(ul);
}

// ---- wiring ----

function init() {
  const rootSel = document.querySelector("select[name=root]");
  for (const [k, v] of Object.entries(ROOTS)) rootSel.append(el("option", { value: k, text: `${k} ${v}` }));
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const f = ev.target.elements;
    const ch = {};
    for (const k of FILTERS) if (f[k]) ch[k] = f[k].value.trim() || null;
    for (const k of ["actor", "country", "dyad", "plover"]) if (ch[k]) ch[k] = ch[k].toUpperCase().replace(/\s+/g, "");
    ch.event = null; ch.article = null;
    update(ch);
  });
  $("#clear").addEventListener("click", () => {
    const ch = { event: null, article: null };
    for (const k of FILTERS) ch[k] = null;
    update(ch);
  });
  for (const a of document.querySelectorAll("#tabs a")) {
    a.addEventListener("click", (ev) => { ev.preventDefault(); update({ view: a.dataset.view }); });
  }
  $("#close").addEventListener("click", (ev) => { ev.preventDefault(); update({ event: null, article: null }); });
  $("#events tbody").addEventListener("click", (ev) => {
    const tr = ev.target.closest("tr");
    if (tr) update({ event: tr.dataset.id, article: null });
  });
  $("#more").addEventListener("click", () => {
    const s = readState();
    loadEvents(filterQuery(s).toString(), $("#more").dataset.cursor).catch(showError);
  });
  $("#tl-by").addEventListener("change", (ev) => update({ by: ev.target.value === "quad" ? null : ev.target.value }));
  $("#tl-bucket").addEventListener("change", (ev) => update({ bucket: ev.target.value || null }));
  $("#timeline").addEventListener("click", (ev) => {
    const r = ev.target.closest("rect.bar");
    if (!r) return;
    const [from, to] = periodRange(r.dataset.period);
    const k = r.dataset.key;
    const s = readState();
    update({ view: "events", from, to, quad: s.by === "root" ? s.quad || null : k, root: s.by === "root" ? k : s.root || null });
  });
  $("#network").addEventListener("click", (ev) => {
    const e = ev.target.closest("path.edge");
    if (e) { update({ view: "events", dyad: e.dataset.dyad }); return; }
    const n = ev.target.closest("circle.node");
    if (n) update({ actor: n.dataset.actor });
  });
  $("#detail-body").addEventListener("click", (ev) => {
    const m = ev.target.closest("mark[data-events]");
    if (m && !ev.target.closest("a")) update({ event: m.dataset.events.split(" ")[0], article: null });
  });
  // actor suggestions
  let timer = null;
  document.querySelector("input[name=actor]").addEventListener("input", (ev) => {
    clearTimeout(timer);
    const q = ev.target.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const d = await api("/api/actors?limit=15&q=" + encodeURIComponent(q));
        const dl = $("#actor-list");
        dl.textContent = "";
        for (const a of d.actors) dl.append(el("option", { value: a.code, text: `${a.name} (${a.count})` }));
      } catch (e) { /* suggestions are optional */ }
    }, 200);
  });
  window.addEventListener("hashchange", render);
  render();
}

init();
