#!/usr/bin/env python3
"""Validate the hand-labelled evaluation sets and print their counts.

Usage: python3 eval/check.py            (from the repository root or from eval/)

Checks: every line parses as JSON; required fields and value ranges; ids unique
across dev and test; cues compile as Python regexes and avoid constructs RE2
lacks (lookaround, backreferences); a pair without needs has anticipation.needs 0
and a pair with a single need is never labelled 1. Then prints counts per kind and
split, and the level distribution of every criterion (whole set, dev, test), and
flags any level seen fewer than 15 times across the set (12 for anticipation.needs
level 1). Exit code 0 when everything holds, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ("first", "second", "third")
CRIT = ["empathy.acknowledge", "empathy.understand", "empathy.explore", "empathy.respect",
        "anticipation.needs", "anticipation.next-steps", "kind-fit.fit"]
RE2_UNSUPPORTED = re.compile(r"\(\?[=!<]|\\[1-9]|\(\?P=")
problems = []


def bad(where, msg):
    problems.append(f"{where}: {msg}")


def load(rel):
    path = os.path.join(HERE, rel)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                bad(f"{rel}:{i}", "blank line")
                continue
            try:
                rows.append((f"{rel}:{i}", json.loads(line)))
            except json.JSONDecodeError as e:
                bad(f"{rel}:{i}", f"invalid JSON: {e}")
    return rows


def check_classify():
    seen = set()
    counts = {}
    for split in ("dev", "test"):
        c = collections.Counter()
        for where, r in load(f"classify/{split}.jsonl"):
            if set(r) != {"id", "setting", "kind", "lines"}:
                bad(where, f"unexpected keys {sorted(r)}")
            if not re.fullmatch(r"c\d{3}", str(r.get("id"))) or r.get("id") in seen:
                bad(where, f"bad or duplicate id {r.get('id')}")
            seen.add(r.get("id"))
            if r.get("kind") not in KINDS:
                bad(where, f"bad kind {r.get('kind')}")
            lines = r.get("lines")
            if not (isinstance(lines, list) and 2 <= len(lines) <= 3
                    and all(isinstance(x, str) and x.strip() for x in lines)):
                bad(where, "lines must be 2 or 3 non-empty strings")
            c[r.get("kind")] += 1
        counts[split] = c
    print("classify: cases per kind")
    for split in ("dev", "test"):
        print(f"  {split:5s}", {k: counts[split][k] for k in KINDS}, "total", sum(counts[split].values()))
    return counts


def check_score():
    seen = set()
    per = {}
    kinds = {}
    with_needs = 0
    total = 0
    for split in ("dev", "test"):
        dist = {c: collections.Counter() for c in CRIT}
        kc = collections.Counter()
        for where, r in load(f"score/{split}.jsonl"):
            total += 1
            keys = {"id", "setting", "kind", "context", "anticipate", "response", "labels"}
            if set(r) != keys:
                bad(where, f"unexpected keys {sorted(r)}")
                continue
            if not re.fullmatch(r"s\d{3}", r["id"]) or r["id"] in seen:
                bad(where, f"bad or duplicate id {r['id']}")
            seen.add(r["id"])
            if r["kind"] not in KINDS:
                bad(where, f"bad kind {r['kind']}")
            kc[r["kind"]] += 1
            needs = r["anticipate"]
            if not isinstance(needs, list) or len(needs) > 3:
                bad(where, "anticipate must be a list of 0-3 needs")
                needs = []
            if needs:
                with_needs += 1
            ids = set()
            for n in needs:
                if set(n) != {"id", "need", "cues"}:
                    bad(where, f"need keys {sorted(n)}")
                    continue
                if not re.fullmatch(r"[a-z0-9-]+", n["id"]) or n["id"] in ids:
                    bad(where, f"bad or duplicate need id {n['id']}")
                ids.add(n["id"])
                if not (isinstance(n["cues"], list) and 2 <= len(n["cues"]) <= 5):
                    bad(where, f"need {n['id']}: 2-5 cues expected")
                for cue in n["cues"]:
                    try:
                        re.compile(cue, re.IGNORECASE)
                    except re.error as e:
                        bad(where, f"cue {cue!r} does not compile: {e}")
                    if RE2_UNSUPPORTED.search(cue):
                        bad(where, f"cue {cue!r} uses lookaround or a backreference")
            labels = r["labels"]
            if set(labels) != set(CRIT):
                bad(where, f"labels keys {sorted(labels)}")
                continue
            for c in CRIT:
                v = labels[c]
                if v not in (0, 1, 2):
                    bad(where, f"{c} = {v!r}")
                    continue
                dist[c][v] += 1
            if not needs and labels["anticipation.needs"] != 0:
                bad(where, "no needs but anticipation.needs > 0")
            if len(needs) == 1 and labels["anticipation.needs"] == 1:
                bad(where, "a single need cannot be partly addressed")
            if not r["response"].strip() or not r["context"].strip():
                bad(where, "empty context or response")
        per[split] = dist
        kinds[split] = kc
    print("\nscore: pairs per kind")
    for split in ("dev", "test"):
        print(f"  {split:5s}", {k: kinds[split][k] for k in KINDS}, "total", sum(kinds[split].values()))
    print(f"  pairs with at least one need: {with_needs}/{total} ({100 * with_needs / max(total, 1):.0f}%)")
    print("\nscore: level distribution (level 0 / 1 / 2)")
    print(f"  {'criterion':26s} {'all':>14s} {'dev':>14s} {'test':>14s}")
    for c in CRIT:
        allc = per["dev"][c] + per["test"][c]
        fmt = lambda d: "/".join(f"{d[v]:3d}" for v in range(3))
        print(f"  {c:26s} {fmt(allc):>14s} {fmt(per['dev'][c]):>14s} {fmt(per['test'][c]):>14s}")
        for v in range(3):
            need = 12 if (c == "anticipation.needs" and v == 1) else 15
            if allc[v] < need:
                bad("score", f"{c} level {v} seen {allc[v]} times (< {need})")


check_classify()
check_score()
if problems:
    print(f"\n{len(problems)} problem(s):")
    for p in problems:
        print("  " + p)
    sys.exit(1)
print("\nall checks passed")
