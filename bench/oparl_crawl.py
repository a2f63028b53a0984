#!/usr/bin/python3
"""Sequential OParl crawl for bench/run.sh.

    oparl_crawl.py BASE LISTS_OUT

One client, one keep-alive connection: GET /oparl/v1.1 (System), its body list, then for every body every list
it names, following links.next to the end. Objects are the entries of the list pages; objects embedded in an
entry (a meeting's agenda items, a paper's files ...) are counted separately as "embedded". The path of every list page of the kinds
meeting, paper, agendaItem, file, person and organization is written to LISTS_OUT (one per line) for the
random OParl workload. Prints one JSON object: objects, pages, seconds, objects_per_second, list page p50/p95/p99/max.
"""
import http.client
import json
import sys
import time
import urllib.parse

base, lists_out = sys.argv[1], sys.argv[2]
host = urllib.parse.urlsplit(base)
connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
RANDOM_KINDS = {"meeting", "paper", "agendaItem", "file", "person", "organization"}
latencies, list_paths, objects, pages, embedded = [], [], 0, 0, 0


def count_embedded(value, top=True):
    """OParl objects inside an entry (a meeting's agenda items, a paper's files and consultations, ...)."""
    found = 0
    if isinstance(value, dict):
        if not top and isinstance(value.get("type"), str) and "schema.oparl.org" in value["type"]:
            found += 1
        for item in value.values():
            found += count_embedded(item, False)
    elif isinstance(value, list):
        for item in value:
            found += count_embedded(item, False)
    return found


def path_of(url):
    parts = urllib.parse.urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


def get(url):
    started = time.perf_counter()
    connection.request("GET", path_of(url), headers={"Accept": "application/json"})
    response = connection.getresponse()
    body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.status != 200:
        raise SystemExit(f"GET {url}: HTTP {response.status}")
    return json.loads(body), elapsed


def walk(url, kind=None):
    global objects, pages, embedded
    while url:
        page, elapsed = get(url)
        latencies.append(elapsed)
        pages += 1
        objects += len(page.get("data", []))
        embedded += sum(count_embedded(entry) for entry in page.get("data", []))
        if kind in RANDOM_KINDS:
            list_paths.append(path_of(url))
        yield from page.get("data", [])
        url = (page.get("links") or {}).get("next")


started = time.perf_counter()
system, _ = get(base + "/oparl/v1.1")
objects += 1
names = ["organization", "person", "meeting", "paper", "agendaItem", "consultation", "file",
         "locationList", "legislativeTermList", "membership"]
for body in walk(system["body"]):
    for name in names:
        if body.get(name):
            for _ in walk(body[name], name):
                pass
seconds = time.perf_counter() - started
latencies.sort()


def pct(p):
    return latencies[min(len(latencies) - 1, max(0, int(round(p / 100 * len(latencies) + 0.5)) - 1))]


with open(lists_out, "w", encoding="utf-8") as f:
    f.write("".join(p + "\n" for p in list_paths))
print(json.dumps({"objects": objects, "embedded": embedded, "pages": pages, "seconds": round(seconds, 3),
                  "objects_per_second": round(objects / seconds, 1),
                  "all_objects_per_second": round((objects + embedded) / seconds, 1), "p50": round(pct(50), 2),
                  "p95": round(pct(95), 2), "p99": round(pct(99), 2), "max": round(latencies[-1], 2)}))
