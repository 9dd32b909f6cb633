// Knowledge liveness page: plain JavaScript over the JSON transcoding of LivenessService and KnowledgeService.
"use strict";

const state = { entries: [], sortKey: "score", sortDir: 1, selected: null, pruneTarget: null };
const $ = (id) => document.getElementById(id);

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const text = await response.text();
  const body = text ? JSON.parse(text) : {};
  if (!response.ok) {
    throw new Error(body.message || response.statusText);
  }
  return body;
}

function sortValue(entry, key) {
  switch (key) {
    case "score": return entry.score;
    case "title": return entry.title.toLowerCase();
    case "kind": return entry.kind;
    case "ageDays": return entry.ageDays;
    case "retrieved30": return entry.retrieved.last30Days;
    case "retrievedTotal": return entry.retrieved.total;
    case "citedTotal": return entry.cited.total;
    case "lastRetrieved": return entry.lastRetrieved || "";
    case "rating": return entry.ratingCount ? entry.ratingAverage : -1;
    default: return "";
  }
}

function sorted(entries) {
  return [...entries].sort((a, b) => {
    const x = sortValue(a, state.sortKey);
    const y = sortValue(b, state.sortKey);
    if (x < y) return -state.sortDir;
    if (x > y) return state.sortDir;
    return a.entryId < b.entryId ? -1 : 1;
  });
}

async function load() {
  $("status").textContent = "loading…";
  const params = new URLSearchParams({ include_archived: $("show-archived").checked ? "true" : "false" });
  if ($("type-filter").value) params.set("type", $("type-filter").value);
  if ($("age-filter").value) params.set("older_than", $("age-filter").value);
  try {
    const report = await api("/v1/liveness/report?" + params.toString());
    state.entries = report.entries || [];
    $("formula").textContent = report.formula;
    fillTypes(state.entries);
    render();
    await loadAudit();
    $("status").textContent = "";
  } catch (error) {
    $("status").textContent = "error: " + error.message;
  }
}

function fillTypes(entries) {
  const select = $("type-filter");
  const known = new Set([...select.options].map((o) => o.value));
  for (const kind of new Set(entries.map((e) => e.kind))) {
    if (!known.has(kind)) select.append(el("option", { value: kind }, kind));
  }
}

function render() {
  const body = $("entries").tBodies[0];
  body.replaceChildren();
  for (const entry of sorted(state.entries)) {
    const row = el("tr", { className: entry.archived ? "archived" : "" });
    row.dataset.entryId = entry.entryId;
    if (state.selected === entry.entryId) row.classList.add("selected");
    const action = entry.archived
      ? el("button", { type: "button", className: "restore", onclick: (e) => { e.stopPropagation(); restore(entry); } }, "Restore")
      : el("button", { type: "button", className: "prune", onclick: (e) => { e.stopPropagation(); askPrune(entry); } }, "Prune");
    row.append(
      el("td", { className: "num score" }, entry.score.toFixed(4)),
      el("td", { title: entry.entryId }, entry.section ? entry.title + " / " + entry.section : entry.title),
      el("td", {}, entry.kind),
      el("td", { className: "num" }, Math.round(entry.ageDays)),
      el("td", { className: "num" }, entry.retrieved.last30Days),
      el("td", { className: "num" }, entry.retrieved.total),
      el("td", { className: "num" }, entry.cited.total),
      el("td", {}, entry.lastRetrieved ? entry.lastRetrieved.slice(0, 10) : "never"),
      el("td", {}, entry.ratingCount ? entry.ratingAverage.toFixed(1) + " (" + entry.ratingCount + ")" : "unrated"),
      el("td", {}, (entry.reasons || []).join("; ")),
      el("td", {}, action));
    row.addEventListener("click", () => select(entry.entryId));
    body.append(row);
  }
  $("entry-count").textContent = "(" + state.entries.length + ")";
  for (const th of document.querySelectorAll("#entries th[data-key]")) {
    th.setAttribute("aria-sort", th.dataset.key === state.sortKey ? (state.sortDir > 0 ? "ascending" : "descending") : "none");
  }
  const low = $("low-activity");
  low.replaceChildren();
  for (const entry of state.entries.filter((e) => !e.archived).sort((a, b) => a.score - b.score).slice(0, 10)) {
    low.append(el("li", { onclick: () => select(entry.entryId) }, entry.score.toFixed(3) + " · " + entry.title +
      (entry.reasons && entry.reasons.length ? " — " + entry.reasons[0] : "")));
  }
}

async function loadAudit() {
  const audit = await api("/v1/liveness/audit?limit=50");
  const body = $("audit").tBodies[0];
  body.replaceChildren();
  for (const record of audit.records || []) {
    body.append(el("tr", {},
      el("td", {}, record.id), el("td", {}, record.at), el("td", {}, record.actor), el("td", { className: "action" }, record.action),
      el("td", { className: "reason" }, record.reason), el("td", { className: "ids" }, (record.entryIds || []).join(", "))));
  }
}

async function select(entryId) {
  state.selected = entryId;
  render();
  const history = await api("/v1/liveness/entries/" + encodeURIComponent(entryId));
  $("detail-empty").hidden = true;
  $("detail-body").hidden = false;
  $("detail-name").textContent = history.entry.title + " (" + history.entry.entryId + ")";
  drawChart(history.daily || []);
  const terms = $("detail-terms");
  terms.replaceChildren();
  for (const term of history.entry.terms || []) {
    terms.append(el("li", {}, term.name + ": " + term.weight + " × " + term.value.toFixed(4) + " = " +
      term.contribution.toFixed(4) + " — " + term.explanation));
  }
}

function drawChart(daily) {
  const svg = $("usage-chart");
  const ns = "http://www.w3.org/2000/svg";
  const width = 560, height = 180, pad = 24;
  svg.replaceChildren();
  const max = Math.max(1, ...daily.map((d) => d.retrieved + d.shown + d.cited));
  const step = (width - 2 * pad) / Math.max(1, daily.length);
  const axis = document.createElementNS(ns, "line");
  Object.entries({ x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: "#999" })
    .forEach(([k, v]) => axis.setAttribute(k, v));
  svg.append(axis);
  daily.forEach((day, i) => {
    let base = height - pad;
    for (const kind of ["retrieved", "shown", "cited"]) {
      const value = day[kind] || 0;
      if (!value) continue;
      const h = (value / max) * (height - 2 * pad);
      const rect = document.createElementNS(ns, "rect");
      Object.entries({ x: pad + i * step, y: base - h, width: Math.max(1, step - 1), height: h, class: "bar-" + kind })
        .forEach(([k, v]) => rect.setAttribute(k, v));
      const title = document.createElementNS(ns, "title");
      title.textContent = day.day + ": " + value + " " + kind;
      rect.append(title);
      svg.append(rect);
      base -= h;
    }
  });
  for (const [x, text, anchor] of [[pad, daily.length ? daily[0].day : "", "start"],
    [width - pad, daily.length ? daily[daily.length - 1].day : "", "end"], [pad - 4, String(max), "end"]]) {
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", x);
    label.setAttribute("y", text === String(max) ? pad : height - 6);
    label.setAttribute("text-anchor", anchor);
    label.setAttribute("font-size", "10");
    label.textContent = text;
    svg.append(label);
  }
}

function askPrune(entry) {
  state.pruneTarget = entry;
  $("prune-target").textContent = entry.title + " (" + entry.entryId + ")";
  $("prune-reason").value = "";
  $("prune-error").textContent = "";
  $("prune-dialog").showModal();
}

async function confirmPrune(event) {
  event.preventDefault();
  const reason = $("prune-reason").value.trim();
  if (!reason) {
    $("prune-error").textContent = "A reason is required.";
    return;
  }
  try {
    await api("/v1/liveness:prune", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entryIds: [state.pruneTarget.entryId], reason, actor: $("actor").value }),
    });
    $("prune-dialog").close();
    await load();
  } catch (error) {
    $("prune-error").textContent = error.message;
  }
}

async function restore(entry) {
  try {
    await api("/v1/liveness:restore", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ entryIds: [entry.entryId], actor: $("actor").value }),
    });
    await load();
  } catch (error) {
    $("status").textContent = "error: " + error.message;
  }
}

for (const th of document.querySelectorAll("#entries th[data-key]")) {
  th.addEventListener("click", () => {
    state.sortDir = state.sortKey === th.dataset.key ? -state.sortDir : 1;
    state.sortKey = th.dataset.key;
    render();
  });
}
$("refresh").addEventListener("click", load);
$("type-filter").addEventListener("change", load);
$("age-filter").addEventListener("change", load);
$("show-archived").addEventListener("change", load);
$("prune-form").addEventListener("submit", confirmPrune);
$("prune-cancel").addEventListener("click", () => $("prune-dialog").close());
load();
