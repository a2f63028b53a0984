#!/usr/bin/python3
"""Path lists for the random-URL workloads of bench/run.sh.

    paths.py BASE DIR LIST_PATHS SAMPLE SEED

DIR holds one-column lists taken from the database by run.sh (projects.txt, titles.txt, regions.txt,
organisations.txt, solutions.txt, municipalities.txt). The project list filters come from the <select>
options of /projekte itself, so only values the page offers are used. For each kind the script writes
DIR/paths-<kind>.txt, checks a random sample of SAMPLE paths with GET (one keep-alive connection); a sampled
path that does not answer 200 is dropped. A JSON summary goes to stdout.
"""
import http.client
import json
import os
import random
import re
import sys
import urllib.parse

base, folder, list_paths, sample, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(seed)
host = urllib.parse.urlsplit(base)
connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)


def get(path):
    global connection
    for attempt in (1, 2):
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            connection.close()
            connection = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
            if attempt == 2:
                return 0, b""
    return 0, b""


def read(name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def q(value):
    return urllib.parse.quote(value, safe="")


kinds = {}
kinds["projects"] = ["/projekte/" + q(s) for s in read("projects.txt")]
kinds["regions"] = ["/regionen/" + q(s) for s in read("regions.txt")]
kinds["organisations"] = ["/akteure/" + q(s) for s in read("organisations.txt")]
kinds["solutions"] = ["/loesungen/" + q(s) for s in read("solutions.txt")]
kinds["municipalities"] = ["/kommunen/" + q(s) for s in read("municipalities.txt")]

# Project lists: the filter values the page's own form offers, title words for q, pages 1-20.
status, body = get("/projekte")
html = body.decode("utf-8", "replace")
options = {}
for name in ("feld", "status", "region", "thema", "programm", "sortierung"):
    match = re.search(r'<select[^>]*name="' + name + r'"[^>]*>(.*?)</select>', html, re.S)
    values = re.findall(r'<option[^>]*value="([^"]+)"', match.group(1)) if match else []
    options[name] = [v for v in values if v]
words = sorted({w.lower() for t in read("titles.txt") for w in re.findall(r"[A-Za-zÄÖÜäöüß]{5,}", t)} - {"synthetisch"})
lists = set()
attempts = 0
while len(lists) < list_paths and attempts < list_paths * 20:
    attempts += 1
    parameters = []
    for name, values in options.items():
        if values and rng.random() < (0.5 if name != "region" else 0.35):
            parameters.append((name, rng.choice(values)))
    if words and rng.random() < 0.4:
        parameters.append(("q", rng.choice(words)))
    page = rng.randint(1, 20)
    if page > 1:
        parameters.append(("seite", str(page)))
    lists.add("/projekte" + ("?" + urllib.parse.urlencode(parameters) if parameters else ""))
kinds["project-lists"] = sorted(lists)

# OParl list pages come from the crawl (run.sh writes them), if there are any.
oparl = read("oparl-lists.txt")
if oparl:
    kinds["oparl-lists"] = oparl

summary = {"options": {k: len(v) for k, v in options.items()}, "title_words": len(words), "kinds": {}}
for kind, paths in kinds.items():
    checked = rng.sample(paths, min(sample, len(paths))) if paths else []
    bad = set()
    for path in checked:
        code, _ = get(path)
        if code != 200:
            bad.add(path)
    kept = [p for p in paths if p not in bad]
    with open(os.path.join(folder, "paths-" + kind + ".txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + ("\n" if kept else ""))
    summary["kinds"][kind] = {"paths": len(kept), "checked": len(checked), "dropped": len(bad),
                              "dropped_examples": sorted(bad)[:3]}
print(json.dumps(summary))
