// The page's wiring: connect with a key, upload material, start a draft and follow it, open drafts.
"use strict";

import { $, api, download, draftPath, DRAFT_STATUS, el, errorText, fmtDate, jobErrorText, say, STAGE, state } from "./api.js";
import { fillMaterial, loadDefaults, periodText, suggestFromReport, wireForm } from "./form.js";
import { fillReports, wireOnboarding } from "./onboarding.js";
import { wirePreview } from "./preview.js";
import { openDraft, renderDoc, showVersion } from "./review.js";

$("key").value = state.key;

async function connect() {
  state.key = $("key").value.trim();
  localStorage.setItem("baocao.key", state.key);
  const slot = $("connect-msg");
  say(slot, null);
  try {
    await refreshLists();
    $("status").textContent = "đã kết nối";
    const filled = await loadDefaults();
    if ($("f-prior-report").value) await suggestFromReport({ quiet: true });
    if (filled) say($("form-msg"), "Mẫu đã điền theo thông tin lưu lần trước của đơn vị.", "info");
  } catch (e) { $("status").textContent = ""; say(slot, errorText(e), "error"); }
}

export async function refreshLists() {
  const [figs, reps, drafts] = await Promise.all([api("/api/figures"), api("/api/reports"), api("/api/drafts")]);
  fillList($("figures"), figs, (f) => `${f.name} — ${periodText(f.period)} (${f.info && f.info.rows != null ? f.info.rows : "?"} dòng`
    + `${(f.warnings || []).length ? ", " + f.warnings.length + " cảnh báo" : ""})`);
  fillList($("reports"), reps, (r) => r.name + (r.series ? ` — ${r.series}` : ""));
  fillMaterial(figs, reps);
  fillReports();
  const body = $("drafts").tBodies[0];
  body.replaceChildren(...drafts.map((d) => el("tr", { class: "link", "data-id": d.id, onclick: () => openDraft(d.id, null, { refreshList: refreshLists }) },
    el("td", {}, el("div", { class: "title" }, d.title), el("div", { class: "muted" }, d.period || "")),
    el("td", {}, fmtDate(d.date)), el("td", {}, d.author || ""),
    el("td", { class: "status" }, (DRAFT_STATUS[d.status] || d.status) + (d.current_version ? ` (v${d.current_version})` : "")))));
  if (!drafts.length) body.append(el("tr", {}, el("td", { colspan: 4, class: "muted" }, "(chưa có bản thảo nào)")));
}

function fillList(list, items, label) {
  list.replaceChildren(...items.map((it) => el("li", { "data-id": it.id }, label(it))));
  if (!items.length) list.append(el("li", { class: "muted" }, "(chưa có)"));
}

// Upload warnings (loaded anyway) and errors (refused), each with its row and column, as the CLI lists them.
function showNotes(name, problems) {
  const where = (p) => [p.row != null ? "hàng " + p.row : "", p.column ? `cột '${p.column}'` : ""].filter(Boolean).join(", ");
  $("fig-notes").replaceChildren(...problems.map((p) => el("li", { class: p.severity === "warning" ? "warning" : "error" },
    `${p.severity === "warning" ? "Cảnh báo" : "Lỗi"} — ${p.file || name}${where(p) ? ", " + where(p) : ""}: ${p.message}`)));
}

async function upload(kind) {
  const slot = $(kind === "figures" ? "fig-msg" : "rep-msg");
  const file = $(kind === "figures" ? "fig-file" : "rep-file").files[0];
  if (!file) { say(slot, "Chọn tệp trước đã.", "error"); return; }
  const form = new FormData();
  form.append("file", file);
  if (kind === "figures") {
    if (!$("fig-series").value.trim() || !$("fig-period").value.trim()) {
      say(slot, "Nhập loạt báo cáo và kỳ của bảng trước khi tải lên.", "error"); return;
    }
    form.append("series", $("fig-series").value.trim()); form.append("period", $("fig-period").value.trim());
    if ($("fig-sheet").value.trim()) form.append("sheet", $("fig-sheet").value.trim());
    $("fig-notes").replaceChildren();
  }
  say(slot, `Đang tải lên «${file.name}»…`, "info");
  try {
    const up = await api("/api/" + kind, { method: "POST", body: form });
    if (kind === "figures") showNotes(up.name, up.warnings || (up.info && up.info.warnings) || []);
    await refreshLists();      // the lists and the form's choices first, then the answer
    say(slot, kind === "figures" ? `Đã tải lên «${up.name}»: ${up.info.rows ?? "?"} dòng, kỳ ${periodText(up.period)}.`
                                 : `Đã tải lên «${up.name}».`, "ok");
  } catch (e) {
    say(slot, errorText(e), "error");
    if (kind === "figures" && e.problem) showNotes(file.name, e.problem.errors || []);
  }
}

// Progress: EventSource cannot send an Authorization header, so the events endpoint takes ?key=.
function follow(id) {
  if (state.source) state.source.close();
  $("progress-card").hidden = false;
  $("events").replaceChildren();
  say($("progress-msg"), null);
  const bar = $("bar");
  bar.value = 0; bar.max = 1;
  let done = 0;
  const log = (text) => { $("events").append(el("div", {}, text)); $("events").scrollTop = 1e9; };
  const src = new EventSource(`/api/drafts/${encodeURIComponent(id)}/events?key=${encodeURIComponent(state.key)}`);
  state.source = src;
  src.addEventListener("status", (m) => log("Trạng thái: " + (DRAFT_STATUS[JSON.parse(m.data).status] || "")));
  src.addEventListener("resumed", () => log("Máy chủ vừa khởi động lại; bản thảo được soạn lại từ đầu."));
  src.addEventListener("stage", (m) => {
    const d = JSON.parse(m.data);
    const n = /(\d+)/.exec(d.message || "");
    if (d.stage === "draft" && n) { bar.max = Number(n[1]); log(`Soạn ${n[1]} mục`); }
    else log(STAGE[d.stage] || "Đang xử lý");
  });
  src.addEventListener("section", (m) => {
    const d = JSON.parse(m.data);
    if (d.status === "done") { bar.value = ++done; log("✓ " + d.title); }
  });
  src.addEventListener("done", () => {
    src.close(); bar.value = bar.max; log("Đã soạn xong");
    say($("progress-msg"), "Đã soạn xong; bản thảo hiện bên dưới.", "ok");
    openDraft(id, null, { refreshList: refreshLists });
  });
  src.addEventListener("error", (m) => {
    if (!m.data) return;
    const d = JSON.parse(m.data);
    say($("progress-msg"), "Soạn thất bại: " + jobErrorText(d), "error");
    src.close(); refreshLists();
  });
}

// "Tải .docx": what the draft is now (the current version, clean); the tracked one: the version on screen.
function versionDownload(tracked) {
  if (!state.draft || !state.version) return;
  const n = state.version.number;
  if (tracked) download(draftPath(`/versions/${n}/docx`), `bao-cao-v${n}.docx`, $("draft-msg"), "tệp .docx có theo dõi thay đổi");
  else download(draftPath("/docx"), "bao-cao.docx", $("draft-msg"), "tệp .docx của bản hiện tại");
}

$("connect").addEventListener("click", connect);
$("key").addEventListener("keydown", (e) => { if (e.key === "Enter") connect(); });
$("fig-upload").addEventListener("click", () => upload("figures"));
$("rep-upload").addEventListener("click", () => upload("reports"));
$("version").addEventListener("change", (e) => showVersion(Number(e.target.value)).catch((err) => say($("draft-msg"), errorText(err), "error")));
$("side").addEventListener("change", () => { if (state.version) renderDoc(); });
$("docx").addEventListener("click", () => versionDownload(false));
$("vdocx").addEventListener("click", () => versionDownload(true));
$("pdf").addEventListener("click", () => state.version && download(draftPath(`/versions/${state.version.number}/pdf`),
  `bao-cao-v${state.version.number}.pdf`, $("draft-msg"), "tệp PDF (có thể mất vài chục giây)"));
wireForm((id) => { follow(id); refreshLists(); });
wirePreview();
wireOnboarding();
if (state.key) connect();
