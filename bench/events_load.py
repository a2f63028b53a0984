#!/usr/bin/env python3
"""Load driver of bench/events.sh: N clients register at once, then confirm at once; prints JSON with the figures.

Usage: events_load.py BASE SLUG N MAIL_FOLDER
"""
import email
import email.policy
import glob
import http.cookiejar
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

base, slug, count, mail_folder = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
TOKEN = re.compile(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"|name="__RequestVerificationToken" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def call(opener, url, data=None):
    started = time.perf_counter()
    try:
        with opener.open(url, data=data, timeout=120) as response:
            body = response.read().decode("utf-8", "replace")
            status = response.status
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        status = error.code
    except Exception:  # noqa: BLE001 - a failed request is counted, not raised
        body, status = "", 0
    return status, body, (time.perf_counter() - started) * 1000


def token_of(body):
    match = TOKEN.search(body)
    if not match:
        return None
    return match.group(1) or match.group(2)


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[index]


def summary(results):
    latencies = [r[1] for r in results]
    return {
        "requests": len(results),
        "ok": sum(1 for s, _ in results if 200 <= s < 400),
        "client_errors": sum(1 for s, _ in results if 400 <= s < 500),
        "server_errors": sum(1 for s, _ in results if s >= 500 or s == 0),
        "p50": percentile(latencies, 50),
        "p99": percentile(latencies, 99),
        "max": max(latencies) if latencies else 0.0,
    }


def at_once(prepare, fire):
    """Prepares every client first (sessions, forms), then releases all requests together."""
    prepared = [None] * count
    results = [None] * count
    barrier = threading.Barrier(count)

    def run(i):
        prepared[i] = prepare(i)
        try:
            barrier.wait(timeout=300)
        except threading.BrokenBarrierError:
            pass
        results[i] = fire(i, prepared[i]) if prepared[i] is not None else (0, 0.0)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


event_url = f"{base}/veranstaltungen/{slug}"


def prepare_registration(i):
    opener = client()
    status, body, _ = call(opener, event_url)
    token = token_of(body) if status == 200 else None
    return (opener, token) if token else None


def fire_registration(i, prepared):
    opener, token = prepared
    form = urllib.parse.urlencode({
        "__RequestVerificationToken": token,
        "Input.Name": f"Lasttest Person {i} (synthetisch)",
        "Input.Email": f"lasttest{i}@beispiel.example",
        "Input.Kind": "OnSite",
        "Input.PrivacyConsent": "true",
        "website": "",
    }).encode()
    status, _, elapsed = call(opener, event_url, form)
    return status, elapsed


register = at_once(prepare_registration, fire_registration)

# The confirmation mails: one per accepted registration, with the link /veranstaltungen/{slug}/bestaetigen/{token}.
expected = sum(1 for s, _ in register if 200 <= s < 400)
deadline = time.time() + 60
while len(glob.glob(f"{mail_folder}/**/*.eml", recursive=True)) < expected and time.time() < deadline:
    time.sleep(0.2)
link = re.compile(re.escape(f"/veranstaltungen/{slug}/bestaetigen/") + r"([A-Za-z0-9_\-]+)")
links = []
for path in sorted(glob.glob(f"{mail_folder}/**/*.eml", recursive=True)):
    message = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
    text = ""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            text += part.get_content()
    match = link.search(text)
    if match:
        links.append(f"{base}/veranstaltungen/{slug}/bestaetigen/{match.group(1)}")
links = sorted(set(links))


def prepare_confirmation(i):
    if i >= len(links):
        return None
    opener = client()
    status, body, _ = call(opener, links[i])
    token = token_of(body) if status == 200 else None
    return (opener, token, links[i]) if token else None


def fire_confirmation(i, prepared):
    opener, token, url = prepared
    status, _, elapsed = call(opener, url, urllib.parse.urlencode({"__RequestVerificationToken": token}).encode())
    return status, elapsed


confirm = at_once(prepare_confirmation, fire_confirmation)
confirm = [r for i, r in enumerate(confirm) if i < len(links)]


def prepare_static(i):
    return client()


def fire_static(i, opener):
    status, _, elapsed = call(opener, f"{base}/lib/kern/LICENSE.md")
    return status, elapsed


static = at_once(prepare_static, fire_static)

print(json.dumps({"register": summary(register), "confirm": summary(confirm), "static": summary(static), "mails": len(links)}, indent=2))
