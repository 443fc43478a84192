"""A real OpenAI-compatible HTTP server on 127.0.0.1 whose answers a test scripts.

The engine under test talks real HTTP through ``openai``/``langchain_openai``,
so retries, timeouts and status handling are exercised end to end; only the
"model" is a Python function.  ``http.server`` (threaded) rather than uvicorn:
it starts in milliseconds and every request gets its own thread, so a slow
answer never blocks the others (concurrency is measurable).

    def model(call: Call) -> Reply | str: ...
    with ScriptedLLM(model) as llm:
        settings = load_settings(llm_base_url=llm.url, llm_model="scripted")
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What the server does for one request: wait ``delay`` s, then answer ``status``."""

    text: str = ""
    status: int = 200
    delay: float = 0.0
    headers: dict = field(default_factory=dict)
    finish_reason: str = "stop"   # "length": the answer was cut at max_tokens
    message: str | None = None    # the error message of a non-200 answer


@dataclass
class Call:
    """One chat-completions request as the model sees it."""

    index: int            # 0-based, in arrival order over the server's life
    body: dict

    @property
    def messages(self) -> list[dict]:
        return self.body.get("messages", [])

    @property
    def system(self) -> str:
        return next((m["content"] for m in self.messages if m["role"] == "system"), "")

    @property
    def user(self) -> str:
        return next((m["content"] for m in reversed(self.messages) if m["role"] == "user"), "")

    @property
    def kind(self) -> str:
        """Which of our prompt templates produced the request (by its wording)."""
        if "không truy được nguồn" in self.user or "Lỗi còn phải sửa:" in self.user:
            return "repair"
        if "Yêu cầu biên tập:" in self.user:
            return "rewrite"
        return "draft"

    @property
    def paragraph(self) -> str:
        """The paragraph a v2 (editing) prompt gives the model, or ""."""
        user = self.user
        if "Đoạn gốc" not in user:
            return ""
        after = user.split("Đoạn gốc", 1)[1].split(":", 1)[1].lstrip("\n")
        return after.split("\n\n", 1)[0].strip()

    @property
    def draft(self) -> str:
        """The model's previous answer a v2 repair prompt quotes, or ""."""
        if "Bản biên tập của bạn:" not in self.user:
            return ""
        return self.user.split("Bản biên tập của bạn:", 1)[1].lstrip("\n").split("\n\n", 1)[0].strip()

    @property
    def max_tokens(self) -> int | None:
        return self.body.get("max_tokens")


Script = Callable[[Call], "Reply | str"]


class ScriptedLLM:
    """Start with ``with``; ``url`` is the base URL to configure (``.../v1``)."""

    def __init__(self, script: Script | None = None):
        self.script: Script = script or (lambda call: "")
        self.calls: list[Call] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="scripted-llm", daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def kinds(self) -> list[str]:
        return [c.kind for c in self.calls]

    def __enter__(self) -> "ScriptedLLM":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- server side --------------------------------------------------------
    def _answer(self, body: dict) -> Reply:
        with self._lock:
            call = Call(len(self.calls), body)
            self.calls.append(call)
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            reply = self.script(call)
            reply = Reply(reply) if isinstance(reply, str) else reply
            if reply.delay:
                time.sleep(reply.delay)
            return reply
        finally:
            with self._lock:
                self.in_flight -= 1

    def _handler(self):
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                reply = owner._answer(body)
                if reply.status != 200:
                    return self._send(reply.status, {"error": {"message": reply.message or f"scripted HTTP {reply.status}",
                                                               "type": "server_error"}}, reply.headers)
                self._send(200, completion(reply.text, body.get("model", "scripted"), reply.finish_reason),
                           reply.headers)

            def _send(self, status: int, payload: dict, headers: dict | None = None):
                data = json.dumps(payload, ensure_ascii=False).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout): nothing to answer

        return Handler


def completion(text: str, model: str, finish_reason: str = "stop") -> dict:
    """The OpenAI ``chat.completion`` response shape."""
    return {
        "id": f"chatcmpl-{time.monotonic_ns()}", "object": "chat.completion", "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "finish_reason": finish_reason, "logprobs": None,
                     "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 0, "completion_tokens": len(text.split()), "total_tokens": len(text.split())},
    }


# -- a careless model ------------------------------------------------------------
CONTEXT_EXCEEDED = ("This model's maximum context length is 4096 tokens. However, your messages resulted in "
                    "5210 tokens. Please reduce the length of the messages.")


class CarelessModel:
    """A model that writes last year's report whatever it is asked, and a flaky server in front of it.

    Every 4th request (1-based) is refused with HTTP 400 (context length
    exceeded), every 7th is cut at the token limit (``finish_reason:
    length``).  Every other answer is last period's paragraph closest to the
    one it was given, with last period's figures in digits and in words
    (``words``: digits → words to add), a stale anniversary and lunar year, and
    a sentence of another district (``foreign``).  Repairs get the same
    answer again: the model never learns.
    """

    def __init__(self, prior_paragraphs: list[str], stale_calendar: str, foreign: str):
        self.prior = [p for p in prior_paragraphs if p.strip()]
        self.stale_calendar = stale_calendar
        self.foreign = foreign
        self.served = {"refused": 0, "cut": 0, "stale": 0}

    def __call__(self, call: Call) -> Reply:
        n = call.index + 1
        if n % 4 == 0:
            self.served["refused"] += 1
            return Reply(status=400, message=CONTEXT_EXCEEDED)
        text = self.stale(call.paragraph or call.user)
        if n % 7 == 0:
            self.served["cut"] += 1
            return Reply(text[: max(20, len(text) // 3)], finish_reason="length")
        self.served["stale"] += 1
        return Reply(text)

    def stale(self, given: str) -> str:
        """Last period's paragraph closest to ``given``, one of its figures also spelled out, and worse."""
        words = set(given.casefold().split())

        def overlap(p: str) -> float:
            other = set(p.casefold().split())
            return len(words & other) / (len(words | other) or 1)

        out = max(self.prior, key=overlap)
        m = re.search(r"(?<![\d/.,])([1-9]\d{1,2})(?= [^\W\d])", out)
        if m:  # "155 thanh niên" → "155 (một trăm năm mươi lăm) thanh niên"
            out = f"{out[:m.end()]} ({spell(int(m.group(1)))}){out[m.end():]}"
        lead = "- " if given.startswith("- ") and not out.startswith("- ") else ""
        return f"{lead}{out} {self.stale_calendar} {self.foreign}"


_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def spell(n: int) -> str:
    """Vietnamese words for 0..999 (``155`` → ``một trăm năm mươi lăm``)."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = [f"{_UNITS[hundreds]} trăm"] if hundreds else []
    if tens > 1:
        out.append(f"{_UNITS[tens]} mươi")
    elif tens == 1:
        out.append("mười")
    elif units and hundreds:
        out.append("linh")
    if units:
        out.append("lăm" if units == 5 and tens else "mốt" if units == 1 and tens > 1 else _UNITS[units])
    return " ".join(out) or "không"
