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
        if "không truy được nguồn" in self.user:
            return "repair"
        if "Yêu cầu biên tập:" in self.user:
            return "rewrite"
        return "draft"


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
                    return self._send(reply.status, {"error": {"message": f"scripted HTTP {reply.status}",
                                                               "type": "server_error"}}, reply.headers)
                self._send(200, completion(reply.text, body.get("model", "scripted")), reply.headers)

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


def completion(text: str, model: str) -> dict:
    """The OpenAI ``chat.completion`` response shape."""
    return {
        "id": f"chatcmpl-{time.monotonic_ns()}", "object": "chat.completion", "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                     "message": {"role": "assistant", "content": text}}],
        "usage": {"prompt_tokens": 0, "completion_tokens": len(text.split()), "total_tokens": len(text.split())},
    }
