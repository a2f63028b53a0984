#!/usr/bin/python3
"""Writes the results of bench/run.sh as Markdown (stdout): report.py OUT

OUT holds run.tsv (run facts), measurements.tsv (one row per wrk measurement) and per database a folder with
meta.tsv (facts of that database's run), rss-<instance>.tsv (time ms, VmRSS kB every 200 ms) and
phases-<instance>.tsv (time ms, phase name)."""
import csv
import json
import os
import statistics
import sys

out = sys.argv[1]


def read_kv(path):
    result = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "\t" in line:
                    key, value = line.rstrip("\n").split("\t", 1)
                    result[key] = value
    return result


def read_pairs(path):
    rows = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2:
                    rows.append((int(parts[0]), parts[1]))
    return rows


run = read_kv(os.path.join(out, "run.tsv"))
providers = run.get("providers", "sqlite postgres").split()
NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
aim_ms = float(run.get("aim_ms", "50"))
busy = float(run.get("busy_load", "1.5"))
cores = run.get("cores", "2")

with open(os.path.join(out, "measurements.tsv"), encoding="utf-8") as f:
    measurements = list(csv.DictReader(f, delimiter="\t"))
meta = {p: read_kv(os.path.join(out, p, "meta.tsv")) for p in providers}


def num(value, default=float("nan")):
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def fmt(value, digits=1):
    if value is None or value != value:
        return "–"
    return f"{value:,.{digits}f}"


def groups(provider, section):
    """Measurements of one provider and section, grouped by name in the order measured."""
    result = {}
    for row in measurements:
        if row["provider"] == provider and row["section"] == section:
            result.setdefault(row["name"], []).append(row)
    return result


def static_rps(provider):
    values = [num(r["rps"]) for r in measurements if r["provider"] == provider and r["section"] == "static"]
    return statistics.median(values) if values else float("nan")


STATIC = {p: static_rps(p) for p in providers}


def aggregate(rows, provider):
    rps = [num(r["rps"]) for r in rows]
    done = [r for r in rows if num(r["requests"], 0) > 0]  # a measurement without a completed request has no latency
    p50 = [num(r["p50"]) for r in done] or [float("nan")]
    p99 = [num(r["p99"]) for r in done] or [float("nan")]
    loads = [num(r["load"]) for r in rows]
    errors = sum(int(num(r["socket_errors"], 0)) + int(num(r["non2xx"], 0)) for r in rows)
    requests = sum(int(num(r["requests"], 0)) for r in rows)
    median_rps = statistics.median(rps)
    return {
        "rps": median_rps, "rps_min": min(rps), "rps_max": max(rps), "n": len(rows),
        "p50": statistics.median(p50), "p99": statistics.median(p99), "p99_min": min(p99), "p99_max": max(p99),
        "errors": errors, "requests": requests, "loads": loads, "busy": any(l > busy for l in loads),
        "ratio": median_rps / STATIC[provider] if STATIC[provider] == STATIC[provider] and STATIC[provider] > 0 else float("nan"),
        "size": rows[0].get("size", ""), "path": rows[0]["path"],
    }


def load_text(a):
    text = "/".join(fmt(l, 2) for l in a["loads"])
    return text + (" ⚠" if a["busy"] else "")


def rps_text(a):
    if a["n"] > 1:
        return f"{fmt(a['rps'])} ({fmt(a['rps_min'], 0)}–{fmt(a['rps_max'], 0)})"
    return fmt(a["rps"])


def p99_text(a):
    if a["p99"] != a["p99"]:
        return "–"
    if a["n"] > 1 and a["p99_min"] != a["p99_max"]:
        return f"{fmt(a['p99'])} ms ({fmt(a['p99_min'], 0)}–{fmt(a['p99_max'], 0)})"
    return f"{fmt(a['p99'])} ms"


def ms(value):
    return "–" if value != value else f"{fmt(value)} ms"


def mark(ok):
    return "met" if ok else "**missed**"


def aim_row(a, kind):
    """(met, text) for a measurement of a kind."""
    clean = a["errors"] == 0
    if kind == "random":
        ok = clean and a["ratio"] >= 0.10 and a["p99"] < aim_ms  # NaN (nothing completed) compares False
        return ok, mark(ok)
    if kind == "repeated":
        ok = clean and a["ratio"] >= 0.5
        return ok, mark(ok)
    if kind in ("office", "oparl"):
        ok = clean and a["p99"] < aim_ms
        return ok, mark(ok)
    return None, ""


def side_by_side(section, kind, title, intro, with_url=True):
    by_provider = {p: groups(p, section) for p in providers}
    names = []
    for p in providers:
        for name in by_provider[p]:
            if name not in names:
                names.append(name)
    if not names:
        return []
    lines = [f"## {title}", "", intro, ""]
    head = "| Page |" + (" URL | Size |" if with_url else "")
    sep = "|---|" + ("---|---:|" if with_url else "")
    for p in providers:
        n = NAMES.get(p, p)
        head += f" {n} req/s | p50 | p99 | errors | vs. static | load |" + (" aim |" if kind else "")
        sep += "---:|---:|---:|---:|---:|---:|" + ("---|" if kind else "")
    lines += [head, sep]
    results = {}
    for name in names:
        row = f"| {name} |"
        first = next((by_provider[p][name][0] for p in providers if name in by_provider[p]), None)
        if with_url:
            size = num(first.get("size"))
            row += f" `{first['path']}` | {fmt(size / 1024) + ' KB' if size == size else '–'} |"
        for p in providers:
            rows = by_provider[p].get(name)
            if not rows:
                row += " – | – | – | – | – | – |" + (" – |" if kind else "")
                continue
            a = aggregate(rows, p)
            ok, text = aim_row(a, kind)
            results.setdefault(p, []).append((name, a, ok))
            row += (f" {rps_text(a)} | {ms(a['p50'])} | **{p99_text(a)}** | {a['errors']} | {fmt(a['ratio'], 3)} |"
                    f" {load_text(a)} |" + (f" {text} |" if kind else ""))
        lines.append(row)
    lines.append("")
    RESULTS[section] = results
    return lines


RESULTS = {}


def rss_stats(provider, instance, until_phase=None, from_phase=None, kind="rss"):
    samples = read_pairs(os.path.join(out, provider, f"{kind}-{instance}.tsv"))
    phases = dict((name, t) for t, name in read_pairs(os.path.join(out, provider, f"phases-{instance}.tsv")))
    if from_phase and from_phase in phases:
        samples = [s for s in samples if s[0] >= phases[from_phase]]
    if until_phase and until_phase in phases:
        samples = [s for s in samples if s[0] < phases[until_phase]]
    values = [int(v) for _, v in samples if v.isdigit()]
    if not values:
        return None
    return {"peak": max(values) / 1024, "final": values[-1] / 1024, "samples": len(values)}


lines = ["# Benchmark results", "",
         "Produced by `bench/run.sh` (one run, both databases). All data measured here is **synthetic** apart from the demo",
         "data set; see [README.md](README.md) for what is measured and how to read it.", "",
         "## Run", "", "| | |", "|---|---|",
         f"| Date | {run.get('date', '?')} (the run took {run.get('run_minutes', '?')} min) |",
         f"| App revision | {run.get('revision', '?')} |",
         f"| Machine | {cores} CPU cores ({run.get('cpu', '?')}), {run.get('memory', '?')} RAM, {run.get('os', '?')} |",
         f"| .NET SDK | {run.get('dotnet', '?')} |",
         f"| Load generator | wrk {run.get('wrk', '?')} on the same machine: {run.get('threads')} threads, {run.get('connections')} connections, "
         f"{run.get('duration')} per measurement after a {run.get('warmup')} warm-up, timeout {run.get('timeout')}; random mixes and the static "
         f"file {run.get('repeats')}×, repeated pages {run.get('repeats_repeated')}× |",
         f"| Knobs | `{run.get('knobs', '')}` |", ""]

lines += ["## Data", "", "| | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---:|" * len(providers)]
for key, label in [("count_projects", "Projects"), ("count_projects_published", "of which published"),
                   ("count_projects_synthetic", "of which synthetic"), ("count_regions", "Regions"),
                   ("count_organisations", "Organisations"), ("count_solutions", "Published solutions"),
                   ("count_municipalities", "Municipalities"), ("count_fund_requests", "Fund requests"),
                   ("count_meetings", "Meetings (board)"), ("count_agenda_items", "Agenda items"), ("count_papers", "Papers"),
                   ("db_size", "Database size"), ("seed_seconds", "Seeding time (s)")]:
    lines.append(f"| {label} | " + " | ".join(meta[p].get(key, "–") for p in providers) + " |")
lines += ["", f"Generated with `seed`, `seed-synthetic --projects {run.get('projects')} --regions {run.get('regions')} "
          f"--fund-requests {run.get('fund_requests')} --seed {run.get('seed')}` and `seed-synthetic-board --meetings "
          f"{run.get('board_meetings')} --agenda-items {run.get('board_agenda_items')}`; each database its own data and its own app.", ""]

if "postgres" in providers:
    m = meta["postgres"]
    lines += ["## PostgreSQL settings in effect", "",
              f"PostgreSQL {m.get('pg_version', '?')} on the same machine. PG_TUNE: {m.get('pg_tune', 'not applied (default)')}."
              + (f" Waiting for a server restart: {m['pg_pending_restart']}." if m.get("pg_pending_restart") else ""), "",
              "| Setting | Value |", "|---|---|"]
    for key, value in m.items():
        if key.startswith("pg:"):
            lines.append(f"| `{key[3:]}` | {value} |")
    lines.append("")

# Static reference
lines += ["## Static file (reference)", "",
          "The same static file measured at the start (production app) and at the end (app without output cache) of each "
          "database's run; the median of all these measurements is the reference for every *vs. static* ratio of that database.", "",
          "| | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---:|" * len(providers),
          "| File | " + " | ".join(f"`{meta[p].get('static_path', '?')}`" for p in providers) + " |"]
for name in ("Statische Datei (Anfang)", "Statische Datei (Ende)"):
    cells = []
    for p in providers:
        rows = groups(p, "static").get(name)
        if rows:
            a = aggregate(rows, p)
            cells.append(f"{rps_text(a)} req/s, p99 {p99_text(a)}, load {load_text(a)}")
        else:
            cells.append("–")
    lines.append(f"| {name} | " + " | ".join(cells) + " |")
lines += ["| **Reference (median)** | " + " | ".join(f"**{fmt(STATIC[p])} req/s**" for p in providers) + " |", ""]

sections = []
sections += side_by_side("repeated", "repeated",
                         "Repeated pages (production configuration, output cache on)",
                         "One URL repeated at 64 connections, as a popular page gets it; the app as in production "
                         "(output cache and public cache on). Aim: ≥ 0.5 of the static file and no errors.")
for p in providers:
    if meta[p].get("english_warning"):
        sections += [f"- {NAMES.get(p, p)}: {meta[p]['english_warning']}, so *Startseite, englisch* may show the German page.", ""]
sections += side_by_side("random", "random",
                         "Random URLs from the whole data set (output cache off)",
                         "Every request takes a random path from a list drawn from the database (published/public records "
                         "only). The app runs with `OutputCache__Enabled=false`, so these figures show the page work; the "
                         "app's public cache of aggregates (PublicCache) stays on as in production. Each mix measured "
                         f"{run.get('repeats')}×: median with the range in brackets. Aim: ≥ 0.10 of the static file and "
                         f"p99 < {aim_ms:g} ms at {run.get('connections')} connections, no errors."
                         + ("" if run.get("output_cache_in_source", "yes") == "yes" else
                            " (The measured revision has no output cache yet: the switch had no effect, and both apps ran "
                            "the same configuration.)"), with_url=False)
sections += side_by_side("office", "office", "Back office (signed in as administrator, production configuration)",
                         f"Repeated, with the cookies of an administrator who sees every region. Aim: p99 < {aim_ms:g} ms.")
sections += side_by_side("oparl-big", None, "OParl: the largest list page under load",
                         "The meeting list of the body with the most meetings with `modified_since` (which embeds the "
                         "meetings' agenda items and includes deleted objects), repeated at 64 connections.")
lines += sections

# Path lists
lines += ["### Path lists of the random workloads", "",
          "| Kind | " + " | ".join(f"{NAMES.get(p, p)} paths | checked | dropped" for p in providers) + " |",
          "|---|" + "---:|---:|---:|" * len(providers)]
path_info = {p: json.loads(meta[p].get("paths", "{}") or "{}") for p in providers}
kinds = []
for p in providers:
    for k in path_info[p].get("kinds", {}):
        if k not in kinds:
            kinds.append(k)
for k in kinds:
    cells = []
    for p in providers:
        info = path_info[p].get("kinds", {}).get(k)
        cells.append(f"{info['paths']} | {info['checked']} | {info['dropped']}" if info else "– | – | –")
    lines.append(f"| {k} | " + " | ".join(cells) + " |")
lines += ["", "A random sample of each list was requested once before the measurement; a sampled path that did not answer "
          "200 was dropped (*dropped*). Paths outside the sample that fail show up as errors in the tables above. "
          "*Alle zusammen* draws from all lists together (so mostly project lists, municipalities and projects).", ""]
for p in providers:
    dropped = [(k, v["dropped_examples"]) for k, v in path_info[p].get("kinds", {}).items() if v.get("dropped")]
    for k, examples in dropped:
        lines.append(f"- {NAMES.get(p, p)}, {k}: dropped e.g. " + ", ".join(f"`{e}`" for e in examples))
if any(v.get("dropped") for p in providers for v in path_info[p].get("kinds", {}).values()):
    lines.append("")

# OParl crawl
lines += ["## OParl full crawl", "",
          "One client, one keep-alive connection, starting at `/oparl/v1.1`: every body, every list of every body, every "
          "page by `links.next` (the second of two identical crawls; the first warms up). Objects are the entries of the "
          "list pages; objects embedded in an entry (a meeting's agenda items, a paper's files …) are counted separately, "
          "and the aim is judged on the list entries alone. Production configuration. "
          "Aim: ≥ 20,000 objects/s.", "",
          "| | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---:|" * len(providers)]
crawl = {p: json.loads(meta[p].get("crawl", "{}") or "{}") for p in providers}
for key, label, digits in [("objects", "Objects (list entries)", 0), ("embedded", "Objects embedded in the entries", 0),
                           ("pages", "List pages", 0), ("seconds", "Duration (s)", 1),
                           ("objects_per_second", "**Objects per second** (list entries)", 0),
                           ("all_objects_per_second", "Objects per second with the embedded ones", 0), ("p50", "List page p50 (ms)", 1),
                           ("p99", "List page p99 (ms)", 1), ("max", "List page max (ms)", 1)]:
    lines.append(f"| {label} | " + " | ".join(fmt(num(crawl[p].get(key)), digits) for p in providers) + " |")
lines.append("| Load when it started | " + " | ".join(
    fmt(num(meta[p].get("crawl_load")), 2) + (" ⚠" if num(meta[p].get("crawl_load"), 0) > busy else "") for p in providers) + " |")
lines.append("| Vs. static file (objects/s ÷ static req/s) | " + " | ".join(
    fmt(num(crawl[p].get("objects_per_second")) / STATIC[p], 2) if STATIC[p] == STATIC[p] else "–" for p in providers) + " |")
lines.append("| Aim (≥ 20,000 objects/s) | " + " | ".join(
    mark(num(crawl[p].get("objects_per_second"), 0) >= 20000) for p in providers) + " |")
lines.append("")

# Memory
lines += ["## Memory (VmRSS, sampled every 200 ms)", "",
          "| | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---:|" * len(providers)]
mem = {}
for p in providers:
    m = meta[p]
    prod = rss_stats(p, "production", until_phase="distinct")
    prod_all = rss_stats(p, "production")
    distinct = rss_stats(p, "production", from_phase="distinct")
    uncached = rss_stats(p, "uncached")
    through = max([s["peak"] for s in (prod, uncached) if s] or [float("nan")])
    after = num(m.get("distinct_rss_after_kb")) / 1024
    pss = [rss_stats(p, i, until_phase="distinct" if i == "production" else None, kind="pss") for i in ("production", "uncached")]
    mem[p] = {"prod": prod, "prod_all": prod_all, "distinct": distinct, "uncached": uncached, "through": through,
              "before": num(m.get("distinct_rss_before_kb")) / 1024, "after": after,
              "pss_through": max([s["peak"] for s in pss if s] or [float("nan")]),
              "pss_after": num(m.get("distinct_pss_after_kb")) / 1024}


def mb(value):
    return "–" if value is None or value != value else f"{value:.0f} MB"


rows = [("Production app: peak before the distinct-query phase", lambda x: mb(x["prod"]["peak"] if x["prod"] else None)),
        ("Production app: peak overall / final sample", lambda x: (mb(x["prod_all"]["peak"]) + " / " + mb(x["prod_all"]["final"])) if x["prod_all"] else "–"),
        ("App without output cache: peak / final sample", lambda x: (mb(x["uncached"]["peak"]) + " / " + mb(x["uncached"]["final"])) if x["uncached"] else "–"),
        ("**Peak through the benchmark** (both apps, without the distinct-query phase)", lambda x: "**" + mb(x["through"]) + "**"),
        ("Distinct query strings: RSS before", lambda x: mb(x["before"])),
        ("Distinct query strings: peak", lambda x: mb(x["distinct"]["peak"] if x["distinct"] else None)),
        ("**Distinct query strings: RSS after** (5 s after the last request)", lambda x: "**" + mb(x["after"]) + "**"),
        ("PSS peak through the benchmark / after the distinct query strings (sampled every second)", lambda x: mb(x["pss_through"]) + " / " + mb(x["pss_after"]))]
for label, f in rows:
    lines.append(f"| {label} | " + " | ".join(f(mem[p]) for p in providers) + " |")
lines.append("| Distinct-query requests sent / errors / seconds | " + " | ".join(
    f"{meta[p].get('distinct_requests', '–')} / {meta[p].get('distinct_errors', '–')} / {meta[p].get('distinct_seconds', '–')}" for p in providers) + " |")
lines.append("| Load when the distinct-query phase started | " + " | ".join(
    fmt(num(meta[p].get("distinct_load")), 2) + (" ⚠" if num(meta[p].get("distinct_load"), 0) > busy else "") for p in providers) + " |")
lines.append("| Aim: < 300 MB through the benchmark | " + " | ".join(mark(mem[p]["through"] < 300) for p in providers) + " |")
lines.append("| Aim: < 400 MB after the distinct query strings | " + " | ".join(mark(mem[p]["after"] < 400) for p in providers) + " |")
lines += ["", "PSS counts a page shared by several mappings once (with `Database:SqliteMmapBytes` set, SQLite maps its "
          "file on every pooled connection and VmRSS counts it per connection, ADR 0029). The aims are judged on RSS."]
short = [p for p in providers if num(meta[p].get("distinct_requests"), 0) < num(run.get("distinct_target"), 0)]
if short:
    lines += ["", "**Fewer distinct requests than asked for** (`DISTINCT_MAX_SECONDS` reached): " + ", ".join(
        f"{NAMES.get(p, p)} {meta[p].get('distinct_requests')} of {run.get('distinct_target')}" for p in short) + "."]
lines += ["", "The distinct-query phase sends requests whose query strings were never sent before (`/projekte?q=wort…&seite=…`, "
          "`/suche?q=wort…`, `/kommunen?programm=wort…&seite=…`, `/akteure?q=wort…&seite=…` in turn) to the production app "
          "(output cache on), at the end of its run, so that whatever the caches keep per address would pile up.", ""]

# Cold start
lines += ["## Cold start", "",
          "The app published with `dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true`, started on the existing database; time from the process start "
          "to the first `GET /` answered with 200 (the database already migrated and seeded). Before the first start the run waits "
          "until the 1-minute load average has fallen below `COLD_QUIET_LOAD` (at most `COLD_QUIET_MAX` seconds). Aim: < 3 s.", "",
          "| | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---:|" * len(providers)]
cold = {}
for p in providers:
    values = [num(v) for k, v in meta[p].items() if k.startswith("cold_start_ms_")]
    cold[p] = values
lines.append("| Starts (ms) | " + " | ".join(", ".join(fmt(v, 0) for v in cold[p]) or "–" for p in providers) + " |")
lines.append("| Load when each started | " + " | ".join(
    ", ".join(fmt(num(v), 2) + (" ⚠" if num(v, 0) > busy else "") for k, v in meta[p].items() if k.startswith("cold_start_load_")) or "–"
    for p in providers) + " |")
lines.append("| Waited for the load to settle (s) | " + " | ".join(
    meta[p].get("cold_start_quiet_wait_s", "–") for p in providers) + " |")
lines.append("| **Median** | " + " | ".join(
    ("**" + fmt(statistics.median(cold[p]) / 1000, 2) + " s**") if cold[p] else "–" for p in providers) + " |")
lines.append("| Aim (< 3 s) | " + " | ".join(
    mark(statistics.median(cold[p]) < 3000) if cold[p] else "–" for p in providers) + " |")
lines.append("")

# Summary of aims
summary = ["## Aims", "", "| Aim | " + " | ".join(NAMES.get(p, p) for p in providers) + " |", "|---|" + "---|" * len(providers)]


def section_aim(section):
    cells = []
    for p in providers:
        entries = RESULTS.get(section, {}).get(p, [])
        if not entries:
            cells.append("–")
            continue
        missed = [name for name, _, ok in entries if ok is False]
        cells.append("met" if not missed else "**missed**: " + "; ".join(missed))
    return cells


summary.append("| Random mixes ≥ 0.10 of static and p99 < %g ms at %s connections | " % (aim_ms, run.get("connections")) + " | ".join(section_aim("random")) + " |")
summary.append("| Repeated pages ≥ 0.5 of static | " + " | ".join(section_aim("repeated")) + " |")
summary.append("| Back office p99 < %g ms | " % aim_ms + " | ".join(section_aim("office")) + " |")
summary.append("| OParl crawl ≥ 20,000 objects/s | " + " | ".join(
    mark(num(crawl[p].get("objects_per_second"), 0) >= 20000) + f" ({fmt(num(crawl[p].get('objects_per_second')), 0)})" for p in providers) + " |")
oparl_cells = []
for p in providers:
    entries = [e for e in RESULTS.get("random", {}).get(p, []) if e[0] == "OParl-Listenseiten"]
    if entries:
        a = entries[0][1]
        oparl_cells.append(mark(a["p99"] < aim_ms and a["errors"] == 0) + f" ({fmt(a['p99'])} ms)")
    else:
        oparl_cells.append("–")
summary.append("| OParl list pages p99 < %g ms (random OParl mix) | " % aim_ms + " | ".join(oparl_cells) + " |")
summary.append("| RSS < 300 MB through the benchmark | " + " | ".join(mark(mem[p]["through"] < 300) + f" ({mb(mem[p]['through'])})" for p in providers) + " |")
target = int(num(run.get("distinct_target"), 100000))
summary.append(f"| RSS < 400 MB after {target:,} distinct query strings | " + " | ".join(mark(mem[p]["after"] < 400) + f" ({mb(mem[p]['after'])})" for p in providers) + " |")
summary.append("| Cold start < 3 s | " + " | ".join(
    (mark(statistics.median(cold[p]) < 3000) + f" ({fmt(statistics.median(cold[p]) / 1000, 2)} s)") if cold[p] else "–" for p in providers) + " |")
busy_count = sum(1 for r in measurements if num(r["load"], 0) > busy)
summary += ["", f"{busy_count} of {len(measurements)} measurements started with a 1-minute load average above {busy:g} "
            f"on {cores} cores (marked ⚠): the machine was busy, and those figures are pessimistic.", ""]

# Put the summary after the run facts.
index = lines.index("## Data")
lines = lines[:index] + summary + lines[index:]
lines += ["## Notes", "",
          "- *req/s*: completed requests per second (median of the repeats, range in brackets). *p50/p99*: wrk's latency "
          "percentiles (median of the repeats). *errors*: socket errors and timeouts plus responses with status ≥ 400.",
          "- *–* for p50/p99: no request completed within the measurement (the page is slower than the measured duration at that load).",
          "- *vs. static*: requests/s divided by the static file's reference requests/s of the same database's run.",
          "- *load*: the machine's 1-minute load average when each measurement started; ⚠ above "
          f"{busy:g}.",
          "- wrk and the app share the same cores; compare ratios within a run rather than absolute numbers across runs.", ""]
print("\n".join(lines))
