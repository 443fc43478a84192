// The draft form: issuer, số, ngày, người ký, nơi nhận, thể thức, tài liệu — never raw JSON.
// It starts from the agency's saved defaults, then what last period's report says (fields still empty),
// and warns before drafting when last period's material is missing or does not match this period's.
"use strict";

import { $, api, el, errorText, say, state } from "./api.js";

const FIELDS = ["series", "title", "period", "profile", "issuer.parent", "issuer.name", "issuer.number", "place",
                "date", "signer.authority", "signer.title", "signer.name", "recipients"];
const form = () => $("draft-form");
const input = (name) => form().elements.namedItem(name);
let acknowledged = null;        // the warnings the drafter chose to draft past (a JSON key)
let checkTimer = null;

export function periodText(code) {
  const m = /^(\d{4})(?:-(H[12]|Q[1-4]|\d{2}|\d+T))?$/.exec(String(code || ""));
  if (!m) return String(code || "");
  const [, y, p] = m;
  if (!p) return `năm ${y}`;
  if (p === "H1") return `6 tháng đầu năm ${y}`;
  if (p === "H2") return `6 tháng cuối năm ${y}`;
  if (p[0] === "Q") return `quý ${["I", "II", "III", "IV"][Number(p[1]) - 1]} năm ${y}`;
  if (p.endsWith("T")) return `${parseInt(p, 10)} tháng năm ${y}`;
  return `tháng ${Number(p)} năm ${y}`;
}

function get(obj, path) { return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj); }

// Fill the form from spec-like values ({series, title, issuer: {…}, signer: {…}, recipients: […], …}).
// `overwrite` false leaves what the drafter (or an earlier source) already wrote. Onboarding calls this too.
export function fillForm(values, { overwrite = false } = {}) {
  if (!values) return 0;
  let n = 0;
  for (const name of FIELDS) {
    let v = get(values, name);
    if (v === undefined || v === null || v === "") continue;
    if (name === "recipients") v = (Array.isArray(v) ? v : [v]).join("\n");
    if (name === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v)) v = v.split("-").reverse().join("/");
    const field = input(name);
    if (!field || (!overwrite && field.value.trim())) continue;
    field.value = v;
    n++;
  }
  scheduleCheck();
  return n;
}

// ----------------------------------------------------------------------------- the material selects

function option(value, label, selected) { return el("option", { value, selected }, label); }

export function fillMaterial(figs, reps) {
  state.figures = figs; state.reports = reps;
  const keep = { f: $("f-figures").value, pf: $("f-prior-figures").value, pr: $("f-prior-report").value };
  const label = (f) => `${f.name} — ${f.period || "?"} (${f.info && f.info.rows != null ? f.info.rows : "?"} dòng)`;
  // this period's table: the latest period; last period's: the newest earlier one of the same series
  const byPeriod = [...figs].sort((a, b) => String(b.period || "").localeCompare(String(a.period || "")));
  const cur = figs.find((f) => f.id === keep.f) || byPeriod[0];
  const prev = figs.find((f) => f.id === keep.pf) ||
    (cur && byPeriod.find((f) => f.series === cur.series && String(f.period || "") < String(cur.period || "")));
  $("f-figures").replaceChildren(...(figs.length ? byPeriod.map((f) => option(f.id, label(f), cur && f.id === cur.id))
                                                 : [option("", "(chưa tải bảng số liệu nào)")]));
  $("f-prior-figures").replaceChildren(option("", "(không có)", !prev),
                                       ...byPeriod.map((f) => option(f.id, label(f), prev && f.id === prev.id)));
  const rep = reps.find((r) => r.id === keep.pr) || (cur && reps.find((r) => r.series === cur.series)) || reps[0];
  $("f-prior-report").replaceChildren(option("", "(không có)", !rep),
                                      ...reps.map((r) => option(r.id, r.name, rep && r.id === rep.id)));
  const series = [...new Set(figs.map((f) => f.series).filter(Boolean))];
  $("series-list").replaceChildren(...series.map((s) => el("option", { value: s })));
  if (cur) fillForm({ series: cur.series, period: periodText(cur.period) });
}

// ----------------------------------------------------------------------------- defaults and suggestions

export async function loadDefaults() {
  try {
    const d = await api("/api/defaults");
    return fillForm(d.data);
  } catch (_) { return 0; }
}

export async function suggestFromReport({ overwrite = false, quiet = false } = {}) {
  const id = $("f-prior-report").value;
  if (!id) { if (!quiet) say($("form-msg"), "Chọn báo cáo kỳ trước trước đã.", "error"); return; }
  try {
    const r = await api(`/api/reports/${encodeURIComponent(id)}/form`);
    const n = fillForm(r.form, { overwrite });
    if (!quiet) say($("form-msg"), r.read ? `Đã điền ${n} mục theo «${r.name}»; hãy xem lại trước khi soạn.`
                                          : `Chưa đọc được «${r.name}» để điền sẵn.`, r.read ? "ok" : "error");
  } catch (e) { if (!quiet) say($("form-msg"), errorText(e), "error"); }
}

// ----------------------------------------------------------------------------- reading and checking

const DMY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;

export function readForm() {
  const v = (name) => (input(name).value || "").trim();
  const problems = [];
  const need = { "series": "loạt báo cáo", "title": "trích yếu", "period": "kỳ báo cáo", "issuer.name": "cơ quan ban hành",
                 "place": "địa danh", "date": "ngày ban hành", "figures": "bảng số liệu kỳ này" };
  for (const [name, words] of Object.entries(need)) if (!v(name)) problems.push(`Chưa nhập ${words}.`);
  const m = DMY.exec(v("date"));
  if (v("date") && !m) problems.push(`Ngày «${v("date")}» chưa đúng dạng dd/mm/yyyy (vd. 05/07/2024).`);
  if (m) {
    const d = new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
    if (d.getDate() !== Number(m[1]) || d.getMonth() !== Number(m[2]) - 1) problems.push(`Không có ngày ${v("date")}.`);
  }
  const spec = {
    series: v("series"), title: v("title"), period: v("period"), profile: v("profile") || "state",
    issuer: { parent: v("issuer.parent"), name: v("issuer.name"), ...(v("issuer.number") ? { number: input("issuer.number").value.trimEnd() } : {}) },
    place: v("place"), date: v("date"), figures: v("figures"),
    prior: Object.fromEntries([["report", v("prior.report")], ["figures", v("prior.figures")]].filter(([, x]) => x)),
    signer: { authority: v("signer.authority"), title: v("signer.title"), name: v("signer.name") },
    recipients: v("recipients").split("\n").map((s) => s.trim()).filter(Boolean),
  };
  return { spec, problems };
}

function showWarnings(warnings) {
  $("form-warnings").replaceChildren(...warnings.map((w) => el("li", { "data-code": w.code }, w.message)));
}

// Ask the server what a drafter should know about this spec (missing or mismatched last-period material).
export async function preflight() {
  const { spec, problems } = readForm();
  if (problems.length) return { problems };
  try {
    const r = await api("/api/drafts/preflight", { method: "POST", json: { spec } });
    showWarnings(r.warnings);
    return { warnings: r.warnings, spec };
  } catch (e) { return { error: e }; }
}

export function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(() => { if (state.key) preflight(); }, 400);
}

async function saveDefaults(spec) {
  const { figures, prior, date, period, ...rest } = spec;   // a period's material and date are not defaults
  await api("/api/defaults", { method: "PUT", json: rest });
}

export async function submit(onCreated) {
  const slot = $("form-msg");
  const btn = $("start");
  const check = await preflight();
  if (check.problems) { say(slot, check.problems.join("\n"), "error"); return; }
  if (check.error) { say(slot, errorText(check.error), "error"); return; }
  const key = JSON.stringify(check.warnings.map((w) => w.code));
  if (check.warnings.length && acknowledged !== key) {
    acknowledged = key;
    btn.textContent = "Vẫn soạn";
    say(slot, "Xem các lưu ý ở trên. Nếu vẫn muốn soạn, bấm «Vẫn soạn».", "info");
    return;
  }
  btn.disabled = true;
  try {
    if ($("f-remember").checked) await saveDefaults(check.spec).catch(() => {});
    const created = await api("/api/drafts", { method: "POST", json: { spec: check.spec } });
    acknowledged = null;
    btn.textContent = "Bắt đầu soạn";
    say(slot, "Đã bắt đầu soạn; theo dõi tiến độ ở bên phải.", "ok");
    onCreated(created.id);
  } catch (e) { say(slot, errorText(e), "error"); }
  finally { btn.disabled = false; }
}

export function wireForm(onCreated) {
  form().addEventListener("submit", (e) => { e.preventDefault(); submit(onCreated); });
  form().addEventListener("change", () => { acknowledged = null; $("start").textContent = "Bắt đầu soạn"; scheduleCheck(); });
  $("f-from-report").addEventListener("click", () => suggestFromReport({ overwrite: true }));
}
