// Shared by every part of the page: the API client, messages shown where the user acted, Vietnamese words.
"use strict";

export const $ = (id) => document.getElementById(id);
export const state = { key: localStorage.getItem("baocao.key") || "", draft: null, version: null, versions: [],
                       source: null, prior: null, figures: [], reports: [] };

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return e;
}

// ----------------------------------------------------------------------------- words a user reads

export const DRAFT_STATUS = { queued: "đang chờ", running: "đang soạn", done: "đã soạn xong", failed: "soạn thất bại" };
export const VERSION_STATUS = { proposed: "chờ duyệt", accepted: "đã chấp nhận", rejected: "đã từ chối" };
export const VERSION_KIND = { draft: "bản soạn", rewrite: "viết lại", edit: "sửa trực tiếp", rebase: "áp dụng lại" };
export const VERDICT = { supported: "có nguồn", derived: "tính từ bảng", not_a_figure: "không phải số liệu",
                         unsupported: "không có trong bảng số liệu", stale: "số liệu cũ", standing: "số liệu cố định",
                         unverified: "chưa kiểm được (bảng thiếu số gốc)" };
export const NON_FIGURE = { date: "ngày tháng", year: "năm", period: "độ dài kỳ báo cáo", anniversary: "số năm kỷ niệm",
                            reference: "số hiệu văn bản", name: "tên riêng, cụm từ cố định", section: "số thứ tự mục",
                            page: "số trang", time: "giờ", age: "độ tuổi", ordinal: "số thứ tự",
                            address: "địa chỉ, địa danh", contact: "địa chỉ web, số điện thoại",
                            furniture: "số liệu của trang web (lượt xem...)", temperature: "nhiệt độ",
                            norm: "định mức, yêu cầu (không phải kết quả)", target: "chỉ tiêu đề ra cho kỳ tới", forecast: "số ước cả năm (không phải của kỳ báo cáo)", "other-period": "số của kỳ khác", event: "số đại biểu dự hội nghị",
                            "per-unit": "mức cho mỗi đơn vị", adjusted: "số sau khi loại trừ một khoản (không phải số liệu của kỳ)",
                            bound: "ngưỡng của nhóm được đếm", "unit-base": "cơ số của tỷ số (trên 100, trên 1.000…)" };
export const COLUMN = { ky_bao_cao: "kỳ báo cáo", cung_ky: "cùng kỳ năm trước", ke_hoach: "kế hoạch" };
export const STAGE = { figures: "Đọc bảng số liệu", index: "Đọc báo cáo kỳ trước", outline: "Lập dàn ý",
                       draft: "Soạn các mục", done: "Hoàn tất" };

// Column names inside a checker's derivation ("TQ-02/TQ-01 ky_bao_cao/ke_hoach") as the sheet titles them.
export function humanise(text) {
  return String(text || "").replace(/prior:/g, "kỳ trước: ")
    .replace(/\b(ky_bao_cao|cung_ky|ke_hoach)\b/g, (m) => COLUMN[m]);
}

// ----------------------------------------------------------------------------- messages, next to the action

// Show a message in a .msg-slot (or in the one right after `anchor`), scrolled into view.
export function say(slot, text, kind = "info") {
  if (!slot) return;
  slot.replaceChildren();
  if (!text) return;
  const box = el("div", { class: "msg " + kind, role: kind === "error" ? "alert" : "status" }, text);
  slot.append(box);
  box.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

export function errorText(e) {
  if (e && e.problem) return [e.problem.title, e.problem.detail].filter(Boolean).join(": ");
  if (e instanceof TypeError) return "Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.";
  return String((e && e.message) || e || "Lỗi không rõ");
}

// A failed job's problem ({status, title, detail}); failures of the server itself are worded here, so a user
// never reads an engineer's English whatever the job runner wrote.
export function jobErrorText(err) {
  if (!err) return "";
  if (err.status >= 500 && err.status !== 502) {
    return err.status === 503 ? "Máy chủ thiếu một thành phần soạn thảo; xin báo quản trị."
                              : "Soạn thất bại ngoài dự kiến; lỗi đã được ghi lại — hãy soạn lại, nếu vẫn lỗi xin báo quản trị.";
  }
  return [err.title, err.detail].filter(Boolean).join(": ");
}

// ----------------------------------------------------------------------------- the API

export class ApiError extends Error {
  constructor(problem, status) { super(problem.detail || problem.title || String(status)); this.problem = problem; this.status = status; }
}

export async function api(path, opts = {}) {
  const headers = Object.assign({ Authorization: "Bearer " + state.key }, opts.headers || {});
  let body = opts.body;
  if (opts.json !== undefined) { headers["Content-Type"] = "application/json"; body = JSON.stringify(opts.json); }
  const res = await fetch(path, { method: opts.method || "GET", headers, body });
  if (!res.ok) {
    let problem = { title: "Lỗi " + res.status, detail: "" };
    try { problem = await res.json(); } catch (_) { /* not JSON */ }
    throw new ApiError(problem, res.status);
  }
  if (opts.raw) return res;
  return res.status === 204 ? null : res.json();
}

export const draftPath = (rest = "") => `/api/drafts/${encodeURIComponent(state.draft.id)}${rest}`;
export const sectionPath = (path, action) =>
  draftPath(`/sections/${path.split("/").map(encodeURIComponent).join("/")}/${action}`);

// The name the server gives a download (Content-Disposition filename*), else `fallback`.
export function downloadName(res, fallback) {
  const cd = res.headers.get("Content-Disposition") || "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(cd);
  return plain ? plain[1] : fallback;
}

// Downloads go through fetch so the key travels in the header, not the URL.
export async function download(path, fallback, slot, what) {
  say(slot, `Đang chuẩn bị ${what}…`, "info");
  try {
    const res = await api(path, { raw: true });
    const name = downloadName(res, fallback);
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: name });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(slot, `Đã tải ${what}: ${name}`, "ok");
  } catch (e) { say(slot, errorText(e), "error"); }
}

export function fmtDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : "";
}
