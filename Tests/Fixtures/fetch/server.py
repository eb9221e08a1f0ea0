#!/usr/bin/env python3
"""Local HTTP server for DriftAlign's `fetch` tests (127.0.0.1 only, stops by itself).

Started by Tests/DriftAlignCLITests/CorpusCommandsTests.swift with Process; prints
"PORT <n>" on its first stdout line, then serves until /_shutdown, --idle seconds without a
request, or --lifetime seconds in all, whichever comes first. Written for DriftAlign; the pages
it serves are the fixtures under Tests/Fixtures (see their PROVENANCE.md).

Routes (GET):
  /events/president/news/76470            kremlin/76470.ru.html
  /events/all/feed                        kremlin/events-all-feed.ru.xml
  /briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-president-vladimir-putin-of-russia/
                                          whitehouse/readout-trump-putin-2025-03-18.html
  /api/v1/statuses/<id>                   that status of truthsocial/api-statuses.json (404 if absent)
  any of the above with ?fail=N           503 for the first N requests of that path+query, then the page
  /slow?delay=S                           sleeps S seconds (at most 10) before answering
  /truncated                              Content-Length 10000, 100 bytes sent, connection closed
  /oversized                              3,000,000 bytes announced and streamed
  /oversized-unannounced                  3,000,000 bytes streamed with no Content-Length
  /redirect                               301 to /events/president/news/76470
  /redirect-loop/<n>                      301 to /redirect-loop/<n+1> (404 past 50)
  /missing                                404
  /_requests                              JSON list of {path, time, user_agent} seen so far
  /_shutdown                              200, then the server stops
"""
import argparse, json, os, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

WHITEHOUSE = ("/briefings-statements/2025/03/readout-of-president-donald-j-trumps-call-with-"
              "president-vladimir-putin-of-russia/")


class State:
    lock = threading.Lock()
    requests = []
    failures = {}
    last = time.time()
    root = "."


def fixture(name):
    with open(os.path.join(State.root, name), "rb") as f:
        return f.read()


def status_json(status_id):
    with open(os.path.join(State.root, "truthsocial/api-statuses.json"), encoding="utf-8") as f:
        for s in json.load(f):
            if s.get("id") == status_id:
                return json.dumps(s).encode()
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):  # quiet: the test reads /_requests instead
        pass

    def send(self, code, body=b"", ctype="text/plain; charset=utf-8", headers=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        with State.lock:
            State.last = time.time()
            if url.path != "/_requests":
                State.requests.append({"path": self.path, "time": time.time(),
                                       "user_agent": self.headers.get("User-Agent", "")})
            fails = int(query.get("fail", ["0"])[0])
            seen = State.failures.get(self.path, 0)
            State.failures[self.path] = seen + 1
        if fails and seen < fails:
            return self.send(503, b"try again later")
        path = url.path
        if path == "/events/president/news/76470":
            return self.send(200, fixture("kremlin/76470.ru.html"), "text/html; charset=utf-8")
        if path == "/events/all/feed":
            return self.send(200, fixture("kremlin/events-all-feed.ru.xml"), "application/atom+xml; charset=utf-8")
        if path == WHITEHOUSE:
            return self.send(200, fixture("whitehouse/readout-trump-putin-2025-03-18.html"), "text/html; charset=UTF-8")
        if path.startswith("/api/v1/statuses/"):
            body = status_json(path.rsplit("/", 1)[-1])
            return self.send(200, body, "application/json; charset=utf-8") if body else self.send(404, b'{"error":"Record not found"}')
        if path == "/slow":
            time.sleep(min(float(query.get("delay", ["5"])[0]), 10.0))
            return self.send(200, fixture("kremlin/76470.ru.html"), "text/html; charset=utf-8")
        if path == "/truncated":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "10000")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(fixture("kremlin/76470.ru.html")[:100])
            self.wfile.flush()
            self.close_connection = True
            return
        if path in ("/oversized", "/oversized-unannounced"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if path == "/oversized":
                self.send_header("Content-Length", str(3_000_000))
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
            try:
                for _ in range(3_000_000 // len(chunk)):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True
            return
        if path == "/redirect":
            return self.send(301, b"", headers=[("Location", "/events/president/news/76470")])
        if path.startswith("/redirect-loop/"):
            n = int(path.rsplit("/", 1)[-1] or 0)
            if n >= 50:
                return self.send(404, b"loop ended")
            return self.send(301, b"", headers=[("Location", "/redirect-loop/%d" % (n + 1))])
        if path == "/_requests":
            with State.lock:
                body = json.dumps(State.requests).encode()
            return self.send(200, body, "application/json")
        if path == "/_shutdown":
            self.send(200, b"bye")
            threading.Thread(target=self.server.shutdown, daemon=True).start()
            return
        return self.send(404, b"not found")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True, help="Tests/Fixtures")
    ap.add_argument("--idle", type=float, default=30, help="stop after this many seconds without a request")
    ap.add_argument("--lifetime", type=float, default=300, help="stop after this many seconds in all")
    args = ap.parse_args()
    State.root = args.root
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    started = time.time()

    def watchdog():
        while True:
            time.sleep(0.5)
            now = time.time()
            if now - State.last > args.idle or now - started > args.lifetime:
                server.shutdown()
                return

    threading.Thread(target=watchdog, daemon=True).start()
    server.serve_forever(poll_interval=0.2)
    server.server_close()


if __name__ == "__main__":
    sys.exit(main())
