// The print preview: the version laid out as the .docx lays it out (header, số, ngày, BÁO CÁO and trích yếu,
// body, Nơi nhận and signature), from the server's `frame` so the page and the file say the same.
"use strict";

import { $, el, say, state } from "./api.js";

function rule(widthMm) { return el("div", { class: "rule", style: `width:${widthMm}mm` }); }

function headingText(s) {
  if (/^[a-zđ]$/.test(s.number || "")) return `${s.number}) ${s.heading}`;
  if (!s.number) return s.heading;
  return s.number + (s.number.toUpperCase().startsWith("PHẦN") ? " " : ". ") + s.heading;
}

// The report ends with ./. once: a body line carried from last period's last paragraph loses its own.
function endMarkOnce(paragraphs, mark) {
  return paragraphs.map((t, i) => (i < paragraphs.length - 1 && t.trimEnd().endsWith(mark)
    ? t.trimEnd().slice(0, -mark.length).replace(/\.+$/, "") + "." : t));
}

export function renderPreview() {
  const f = state.draft.frame, draft = state.version.draft;
  const page = $("preview-page");
  if (!f) { say($("draft-msg"), "Chưa dựng được bản in: thông số của bản thảo không đọc được.", "error"); return false; }
  const left = el("td", { class: "left" });
  if (f.parent) left.append(el("div", {}, f.parent));
  left.append(el("div", { class: "b" }, f.issuer));
  left.append(f.issuer_mark ? el("div", {}, f.issuer_mark) : rule(25));
  const right = el("td", {});
  f.national.forEach((line, i) => right.append(el("div", { class: "b" }, line)));
  right.append(rule(60));
  const header = el("table", { class: "frame" },
    el("tr", {}, left, right),
    el("tr", {}, el("td", { class: "left number" }, f.number), el("td", { class: "i date-line" }, f.date_line)));

  const body = el("div", { class: "body" });
  const texts = [...(draft.opening || []).map((p) => ["p", p.text])];
  for (const s of draft.sections) {
    texts.push(["h" + Math.min(Math.max(s.level, 1), 4), headingText(s)]);
    for (const p of s.paragraphs) texts.push(["p", p.text]);
  }
  for (const p of draft.closing || []) texts.push(["p", p.text]);
  const marked = endMarkOnce(texts.map(([, t]) => t), f.end_mark);
  texts.forEach(([kind, _], i) => body.append(kind === "p" ? el("p", {}, marked[i])
                                                          : el("div", { class: "h l" + kind.slice(1) }, marked[i])));
  if (!texts.length || !marked[marked.length - 1].trimEnd().endsWith(f.end_mark)) body.append(el("p", {}, f.end_mark));

  const recipients = el("td", { class: "left" }, el("div", { class: "label" }, f.recipients_label),
                        ...f.recipients.map((r) => el("div", {}, r)));
  const signer = el("td", { class: "right" });
  if (f.signer.authority) signer.append(el("div", {}, f.signer.authority));
  if (f.signer.title) signer.append(el("div", {}, f.signer.title));
  signer.append(el("div", { class: "gap" }));
  signer.append(el("div", { class: "signer-name" }, f.signer.name || ""));
  page.replaceChildren(header, el("div", { class: "kind" }, f.kind), el("div", { class: "subject" }, f.title), rule(30),
                       body, el("table", { class: "sign" }, el("tr", {}, recipients, signer)));
  return true;
}

export function wirePreview() {
  $("preview-open").addEventListener("click", () => {
    if (state.version && renderPreview()) { $("preview").hidden = false; $("preview-close").focus(); }
  });
  $("preview-close").addEventListener("click", () => { $("preview").hidden = true; });
  $("preview-print").addEventListener("click", () => window.print());
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") $("preview").hidden = true; });
}
