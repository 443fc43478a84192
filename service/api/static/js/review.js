// The reviewer's desk: a version section by section beside last period's, numbers coloured by verdict with the
// indicator named, carried-over sentences to confirm or remove, rewrite and hand edit per section, the proposal
// as a tracked change where it was asked for, accept or reject right there.
"use strict";

import { $, api, COLUMN, draftPath, DRAFT_STATUS, el, errorText, humanise, jobErrorText, NON_FIGURE, say, sectionPath, state,
         VERDICT, VERSION_KIND, VERSION_STATUS } from "./api.js";

const msgs = {};    // section path → last message, so a re-render keeps it where the user acted

function sectionSlot(path) { return document.querySelector(`#doc .msg-slot[data-path="${CSS.escape(path)}"]`); }

function sayAt(path, text, kind) {
  msgs[path] = text ? { text, kind } : null;
  say(sectionSlot(path), text, kind);
}

function titleOf(s) {
  return (s.number ? s.number + (s.number.toUpperCase().startsWith("PHẦN") ? " " : (/^[a-zđ]$/.test(s.number) ? ") " : ". ")) : "")
    + s.heading;
}

// ----------------------------------------------------------------------------- opening a draft and a version

export async function openDraft(id, versionNumber, { refreshList } = {}) {
  const slot = $("draft-msg");
  try {
    const d = await api(`/api/drafts/${encodeURIComponent(id)}`);
    if (!state.draft || state.draft.id !== id) { state.prior = null; for (const k in msgs) delete msgs[k]; }
    state.draft = d;
    $("draft-card").hidden = false;
    $("draft-title").textContent = d.title;
    if (d.status === "failed") say(slot, "Soạn thất bại: " + jobErrorText(d.error), "error");
    state.versions = await api(draftPath("/versions"));
    $("version").replaceChildren(...state.versions.map((v) => el("option", { value: v.number }, versionLabel(v))));
    if (state.prior === null) loadPrior();
    const n = versionNumber || d.current_version;
    if (n) { $("version").value = n; await showVersion(n); }
    else { $("doc").replaceChildren(); $("draft-meta").textContent = DRAFT_STATUS[d.status] || d.status; }
    if (refreshList) refreshList();
  } catch (e) { say(slot, errorText(e), "error"); }
}

function versionLabel(v) {
  const what = v.instruction && v.kind === "rewrite" ? ` — “${v.instruction.slice(0, 40)}”` : "";
  return `v${v.number} — ${VERSION_STATUS[v.status] || v.status} — ${VERSION_KIND[v.kind] || ""}${what}`;
}

async function loadPrior() {
  state.prior = { sections: [] };
  try { state.prior = await api(draftPath("/prior")); } catch (_) { /* side by side stays empty */ }
  if (state.version) renderDoc();
}

export async function showVersion(n) {
  const v = await api(draftPath(`/versions/${n}`));
  state.version = v;
  const s = v.draft.summary || {};
  const cur = state.draft.current_version;
  $("draft-meta").textContent = `Phiên bản ${v.number} (${VERSION_STATUS[v.status]}${v.number === cur ? ", bản hiện tại" : ""})`
    + ` — ${s.figures ?? 0} số liệu được kiểm: ${s.supported ?? 0} có nguồn, ${s.derived ?? 0} tính từ bảng, `
    + `${s.unsupported ?? 0} không có trong bảng, ${s.stale ?? 0} số liệu cũ, `
    + `${s.unverified ?? 0} chưa kiểm được; `
    + `${v.carried.to_confirm} câu giữ nguyên từ kỳ trước cần xác nhận`;
  $("draft-warnings").replaceChildren(...(v.warnings || []).map((w) => el("li", {}, w.message)));
  state.diff = v.parent ? await api(draftPath(`/diff?from=${v.parent}&to=${v.number}`)) : null;
  renderReviewBar();
  renderDoc();
}

function renderReviewBar() {
  const v = state.version, bar = $("review-bar");
  bar.replaceChildren();
  if (!v.parent) return;
  const where = (state.diff.sections || []).map((s) => s.title).join("; ");
  const head = `Phiên bản ${v.number} (${VERSION_KIND[v.kind]}, ${VERSION_STATUS[v.status]}) của ${v.author}, `
    + `viết trên phiên bản ${v.parent}` + (v.instruction && v.kind === "rewrite" ? `, yêu cầu “${v.instruction}”` : "")
    + (where ? ` — thay đổi ở mục: ${where}` : "");
  const box = el("div", { class: "review-bar" }, head);
  if (v.status === "proposed" && state.diff.sections.length) {
    box.append(" ", el("a", { href: "#", onclick: (e) => { e.preventDefault(); jumpTo(state.diff.sections[0].path); } },
                         "Đến chỗ thay đổi"));
  }
  bar.append(box);
}

function jumpTo(path) {
  const h = document.querySelector(`#doc h3[data-path="${CSS.escape(path)}"]`);
  if (h) h.scrollIntoView({ block: "start", behavior: "smooth" });
}

// ----------------------------------------------------------------------------- one paragraph, coloured

function numberTip(c) {
  if (c.verdict === "not_a_figure") return [VERDICT.not_a_figure, NON_FIGURE[c.kind] || ""].filter(Boolean).join(" — ");
  const parts = [VERDICT[c.verdict] || c.verdict];
  if (c.source && c.source.ma) {
    const ind = (state.draft.indicators || {})[c.source.ma] || {};
    const col = String(c.source.column || "ky_bao_cao");
    const prior = col.startsWith("prior:");
    const key = col.replace("prior:", "");
    const value = prior ? ind.ky_truoc : ind[key];
    parts.push(`${ind.label || "chỉ tiêu"} (${c.source.ma}), ${prior ? "kỳ trước" : COLUMN[key] || key}`
               + (value ? `: ${value}${ind.unit ? " " + ind.unit : ""}` : ""));
  }
  if (c.reason) parts.push(humanise(c.reason));
  if (c.expected) parts.push("bảng số liệu ghi: " + c.expected);
  if (c.derivation && c.verdict === "derived") parts.push("cách tính: " + humanise(c.derivation));
  return parts.join(" — ");
}

function appendRange(container, text, start, end, checks) {
  let at = start;
  for (const c of checks) {
    if (c.start < at || c.end > end || c.start < start) continue;
    container.append(text.slice(at, c.start));
    container.append(el("span", { class: "num " + c.verdict, title: numberTip(c), "data-verdict": c.verdict },
                        text.slice(c.start, c.end)));
    at = c.end;
  }
  container.append(text.slice(at, end));
}

function paragraphNode(p, index, section, carried) {
  const node = el("p", p.marked ? { class: "marked", title: "Đoạn cần người duyệt xem lại: " + (p.note || "") } : {});
  const checks = [...(p.checks || [])].sort((a, b) => a.start - b.start);
  const mine = carried.filter((c) => c.paragraph === index && p.text.slice(c.start, c.end) === c.text)
    .sort((a, b) => a.start - b.start);
  let at = 0;
  for (const c of mine) {
    if (c.start < at) continue;
    appendRange(node, p.text, at, c.start, checks);
    const cls = "carried" + (c.kind === "event" ? " event" : "") + (c.confirmed ? " confirmed" : "");
    const tip = c.confirmed ? `Đã xác nhận giữ nguyên (${c.confirmed.by})`
                            : `${c.note || "giữ nguyên từ kỳ trước — cần xác nhận"}: ${(c.reasons || []).join("; ")}`;
    const span = el("span", { class: cls, title: tip, "data-kind": c.kind, tabindex: "0" });
    appendRange(span, p.text, c.start, c.end, checks);
    if (!c.confirmed) span.addEventListener("click", () => openCarried(section, c, node));
    node.append(span);
    at = c.end;
  }
  appendRange(node, p.text, at, p.text.length, checks);
  return node;
}

// ----------------------------------------------------------------------------- the document

export function renderDoc() {
  const draft = state.version.draft;
  const doc = $("doc");
  const prior = {};
  for (const s of (state.prior && state.prior.sections) || []) prior[s.path] = s;
  const side = $("side").checked && Object.keys(prior).length > 0;
  doc.classList.toggle("side", side);
  doc.replaceChildren(...(draft.opening || []).map((p, i) => paragraphNode(p, i, null, [])));
  const changed = {};
  for (const s of (state.diff && state.diff.sections) || []) changed[s.path] = s;
  for (const s of draft.sections) doc.append(sectionNode(s, prior[s.path], changed[s.path]));
  (draft.closing || []).forEach((p, i) => doc.append(paragraphNode(p, i, null, [])));
  for (const [path, m] of Object.entries(msgs)) if (m) say(sectionSlot(path), m.text, m.kind);
}

function sectionNode(s, prior, change) {
  const carried = (s.provenance && s.provenance.carried_over) || [];
  const wrap = el("div", { class: "sec", "data-path": s.path });
  wrap.append(el("h3", { "data-path": s.path }, titleOf(s)));
  const current = el("div", { class: "current" });
  if (change) current.append(diffNode(change));
  s.paragraphs.forEach((p, i) => current.append(paragraphNode(p, i, s, carried)));
  const left = el("div", { class: "prior" }, el("div", { class: "label" },
    "Kỳ trước" + (state.prior && state.prior.period ? ` (${state.prior.period})` : "")));
  for (const text of (prior && prior.paragraphs) || []) left.append(el("p", {}, text));
  if (!prior || !prior.paragraphs.length) left.append(el("p", { class: "muted" }, "(kỳ trước không có mục này)"));
  current.prepend(el("div", { class: "label" }, "Kỳ này"));
  wrap.append(el("div", { class: "cols" }, left, current));
  wrap.append(toolsNode(s, carried));
  wrap.append(el("div", { class: "msg-slot", "data-path": s.path }));
  return wrap;
}

function diffNode(change) {
  const v = state.version;
  const box = el("div", { class: "diff", "data-path": change.path },
                 el("strong", {}, `Thay đổi so với phiên bản ${v.parent}`), "\n");
  change.ops.forEach((op, i) => box.append(op.op === "insert" ? el("ins", {}, op.text)
    : op.op === "delete" ? el("del", {}, op.text) : context(op.text, i === 0, i === change.ops.length - 1)));
  if (v.status === "proposed" && state.diff.sections[0].path === change.path) {
    box.append(el("div", { class: "decide" },
      el("button", { id: "accept", onclick: () => decide(v.number, "accept", change.path) }, "Chấp nhận"), " ",
      el("button", { id: "reject", class: "secondary", onclick: () => decide(v.number, "reject", change.path) }, "Từ chối")));
  } else {
    box.append(el("span", { class: "badge " + v.status }, VERSION_STATUS[v.status]));
  }
  return box;
}

// Unchanged text around a change, shortened to what situates it (the whole section is shown below anyway).
function context(text, first, last, keep = 140) {
  if (text.length <= 2 * keep + 40) return text;
  const head = first ? "" : text.slice(0, keep).replace(/\s+\S*$/, "");
  const tail = last ? "" : text.slice(-keep).replace(/^\S*\s+/, "");
  return `${head}${head ? " " : ""}…${tail ? " " : ""}${tail}`;
}

function toolsNode(s, carried) {
  const input = el("input", { type: "text", placeholder: "Yêu cầu viết lại mục này (văn phong, độ dài…)", "data-path": s.path });
  const btn = el("button", { class: "secondary rewrite-btn", "data-path": s.path }, "Viết lại");
  btn.addEventListener("click", () => rewrite(s.path, input, btn));
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") rewrite(s.path, input, btn); });
  const edit = el("button", { class: "secondary edit-btn", "data-path": s.path, onclick: () => openEditor(s) }, "Sửa trực tiếp");
  const tools = el("div", { class: "tools" }, input, btn, edit);
  const todo = carried.filter((c) => !c.confirmed);
  if (todo.length > 1) {
    tools.append(el("button", { class: "secondary small", onclick: () => confirmCarried(s, null) },
                    `Xác nhận cả ${todo.length} câu giữ nguyên`));
  }
  return tools;
}

// ----------------------------------------------------------------------------- actions on a section

function changeMessage(v) {
  const probs = v.problems || [];
  return `Đã tạo phiên bản đề xuất ${v.number} (${VERSION_KIND[v.kind]}); thay đổi hiện ngay dưới tiêu đề mục, `
    + "chờ chấp nhận hoặc từ chối."
    + (probs.length ? ` Cần xem: ${probs.map((p) => `«${p.text}» ${VERDICT[p.verdict]}`).join(", ")}.` : "");
}

async function afterChange(path, r, slotText) {
  if (r.changed === false) { sayAt(path, r.detail, "info"); return; }
  sayAt(path, slotText || changeMessage(r), r.problems && r.problems.length ? "error" : "ok");
  await openDraft(state.draft.id, r.number);
  jumpTo(path);
}

async function rewrite(path, input, btn) {
  const instruction = input.value.trim();
  if (!instruction) { sayAt(path, "Nhập yêu cầu viết lại trước đã.", "error"); return; }
  btn.disabled = true; btn.textContent = "Đang viết…";
  sayAt(path, "Đang viết lại mục này…", "info");
  try {
    const r = await api(sectionPath(path, "rewrite"), { method: "POST", json: { instruction } });
    await afterChange(path, r);
  } catch (e) { sayAt(path, errorText(e), "error"); }
  finally { btn.disabled = false; btn.textContent = "Viết lại"; }
}

function openEditor(s) {
  const wrap = document.querySelector(`#doc .sec[data-path="${CSS.escape(s.path)}"]`);
  if (!wrap || wrap.querySelector(".editor")) return;
  const area = el("textarea", { "data-path": s.path, "aria-label": "Nội dung mục, mỗi đoạn một dòng" });
  area.value = s.paragraphs.map((p) => p.text).join("\n");
  const send = el("button", { class: "save-edit" }, "Gửi bản sửa");
  const cancel = el("button", { class: "secondary", onclick: () => box.remove() }, "Hủy");
  const box = el("div", { class: "editor" }, el("div", { class: "muted" },
    "Sửa trực tiếp: mỗi đoạn một dòng. Mọi số liệu sẽ được kiểm lại theo bảng số liệu; bản sửa là phiên bản đề xuất."),
    area, send, " ", cancel);
  send.addEventListener("click", () => sendEdit(s.path, area.value, send));
  wrap.querySelector(".tools").after(box);
  area.focus();
}

async function sendEdit(path, text, btn, done) {
  btn.disabled = true;
  sayAt(path, "Đang kiểm tra số liệu của bản sửa…", "info");
  try {
    const r = await api(sectionPath(path, "edit"), { method: "POST", json: { text } });
    await afterChange(path, r, done && r.changed !== false ? done(r) : undefined);
  } catch (e) { sayAt(path, errorText(e), "error"); btn.disabled = false; }
}

function openCarried(s, c, paragraph) {
  const old = document.querySelector("#doc .carry-box");
  if (old) old.remove();
  const box = el("div", { class: "carry-box" },
    el("div", {}, el("strong", {}, "Giữ nguyên từ kỳ trước — cần xác nhận")),
    el("div", { class: "reasons" }, (c.reasons || []).join("; ")),
    el("div", {}, `«${c.text}»`));
  const yes = el("button", { class: "confirm-carried" }, "Xác nhận còn đúng");
  const drop = el("button", { class: "danger drop-carried" }, "Bỏ câu này");
  yes.addEventListener("click", () => confirmCarried(s, c));
  drop.addEventListener("click", () => {
    const text = s.paragraphs.map((p, i) => (i === c.paragraph ? (p.text.slice(0, c.start) + p.text.slice(c.end)) : p.text)
      .replace(/\s{2,}/g, " ").trim()).filter(Boolean).join("\n");
    sendEdit(s.path, text, drop, (r) => `Đã tạo phiên bản đề xuất ${r.number} bỏ câu «${c.text.slice(0, 60)}…»; `
                                         + "chấp nhận để bỏ hẳn.");
  });
  box.append(yes, " ", drop, " ", el("button", { class: "secondary", onclick: () => box.remove() }, "Đóng"));
  paragraph.after(box);
}

async function confirmCarried(s, c) {
  try {
    const r = await api(sectionPath(s.path, "carried/confirm"), { method: "POST", json: c ? { sentence: c.text } : { all: true } });
    sayAt(s.path, `${r.detail} Còn ${r.carried.to_confirm} câu cần xác nhận trong bản thảo.`, "ok");
    await openDraft(state.draft.id, state.version.number);
  } catch (e) { sayAt(s.path, errorText(e), "error"); }
}

async function decide(n, what, path) {
  const slot = $("review-msg");
  try {
    await api(draftPath(`/versions/${n}/${what}`), { method: "POST" });
    if (what === "accept") {
      say(slot, `Đã chấp nhận phiên bản ${n}; đây là bản hiện tại.`, "ok");
      sayAt(path, `Đã chấp nhận phiên bản ${n}.`, "ok");
      await openDraft(state.draft.id, n);
    } else {
      await openDraft(state.draft.id);           // back to what the draft is now
      const cur = state.draft.current_version;
      say(slot, `Đã từ chối phiên bản ${n}; đang xem bản hiện tại (phiên bản ${cur}).`, "ok");
      sayAt(path, `Đã từ chối phiên bản ${n}; mục này trở lại như bản hiện tại.`, "ok");
    }
  } catch (e) {
    const rebase = e.status === 409 && /rebase/.test(e.problem.detail || "");
    sayAt(path, errorText(e).replace(/\s*\(POST [^)]*\)/, ""), "error");
    if (rebase) offerRebase(n, path);
  }
}

function offerRebase(n, path) {
  const slot = sectionSlot(path);
  const btn = el("button", { class: "secondary rebase" }, `Áp dụng lại phiên bản ${n} trên bản hiện tại`);
  btn.addEventListener("click", async () => {
    try {
      const r = await api(draftPath(`/versions/${n}/rebase`), { method: "POST" });
      await afterChange(path, r, r.changed === false ? undefined
        : `Đã áp dụng lại thành phiên bản đề xuất ${r.number} trên bản hiện tại; chấp nhận hoặc từ chối.`);
    } catch (e) { sayAt(path, errorText(e), "error"); }
  });
  if (slot) slot.append(btn);
}
