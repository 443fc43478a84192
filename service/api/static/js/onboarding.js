// Onboarding: an uploaded last edition → its figures sheet (the rows to fill), and the draft form prefilled with
// its next edition's spec (issuer, number pattern, signer, recipients, period) — GET /api/reports/{id}/spec.
"use strict";

import { $, api, download, el, errorText, say, state } from "./api.js";
import { fillForm } from "./form.js";

function query() { const p = $("ob-period").value.trim(); return p ? "?period=" + encodeURIComponent(p) : ""; }

export function fillReports() {
  const keep = $("ob-report").value;
  $("ob-report").replaceChildren(...state.reports.map((r) => el("option", { value: r.id, selected: r.id === keep }, r.name)));
}

function chosen() {
  const id = $("ob-report").value;
  if (!id) say($("ob-msg"), "Tải lên báo cáo kỳ trước (mục 2) trước đã.", "error");
  return id;
}

async function sheet() {
  const id = chosen();
  if (!id) return;
  try {
    const info = await api(`/api/reports/${encodeURIComponent(id)}/spec${query()}`);
    await download(`/api/reports/${encodeURIComponent(id)}/template.xlsx${query()}`, info.template, $("ob-msg"),
                   "biểu số liệu");
  } catch (e) { say($("ob-msg"), errorText(e), "error"); }
}

async function prefill() {
  const id = chosen();
  if (!id) return;
  try {
    const info = await api(`/api/reports/${encodeURIComponent(id)}/spec${query()}`);
    const n = fillForm(info.spec, { overwrite: true });
    if (info.spec.prior && info.spec.prior.report) $("f-prior-report").value = info.spec.prior.report;
    $("ob-notes").replaceChildren(el("li", {}, `Biểu «${info.template}»: ${info.rows} chỉ tiêu; điền cột «Kỳ báo cáo» `
      + "rồi tải lên ở mục 1 với tên này."), ...info.notes.map((note) => el("li", { class: "warning" }, "Lưu ý — " + note)));
    say($("ob-msg"), `Đã điền ${n} mục của mẫu soạn theo báo cáo; hãy xem lại trước khi soạn.`, "ok");
  } catch (e) { say($("ob-msg"), errorText(e), "error"); }
}

export function wireOnboarding() {
  $("ob-template").addEventListener("click", sheet);
  $("ob-spec").addEventListener("click", prefill);
}
