"""Scores an editorial-lint JSON report on a folder of real documents; see bench/realworld.sh."""
import collections
import csv
import json
import os
import re
import sys

report_path, docs, judgments_path, wall = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
report = json.load(open(report_path, encoding="utf-8"))
diags = report["diagnostics"]

words = 0
for dirpath, _, files in os.walk(docs):
    for name in files:
        if name.endswith((".md", ".txt", ".markdown")):
            with open(os.path.join(dirpath, name), encoding="utf-8", errors="replace") as f:
                words += len(re.findall(r"\S+", f.read()))

by_rule = collections.defaultdict(lambda: [0, set()])
for d in diags:
    key = (d["id"], d["severity"])
    by_rule[key][0] += 1
    by_rule[key][1].add(d["path"])

print(f"folder: {docs}   words: {words:,}   findings: {len(diags):,}   wall: {wall} s")
print(f"{'rule':8} {'severity':10} {'count':>6} {'/1000w':>7} {'files':>5}")
for (rule, sev), (n, files) in sorted(by_rule.items()):
    print(f"{rule:8} {sev:10} {n:6} {1000 * n / words:7.2f} {len(files):5}")
warn_err = [d for d in diags if d["severity"] in ("warning", "error")]
non5001 = [d for d in warn_err if d["id"] != "EL5001"]
print(f"warnings+errors: {len(warn_err)} ({1000 * len(warn_err) / words:.2f}/1000w); "
      f"without EL5001: {len(non5001)} ({1000 * len(non5001) / words:.2f}/1000w)")

if not judgments_path:
    sys.exit(0)

_lines = {}


def span_text(d):
    """The flagged text of a one-line finding (columns count UTF-16 code units), or '' when it spans lines."""
    if d["line"] != d.get("endLine", d["line"]):
        return ""
    path = d["path"] if os.path.isabs(d["path"]) else os.path.join(os.getcwd(), d["path"])
    if path not in _lines:
        try:
            with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
                _lines[path] = [l.rstrip("\r") for l in f.read().split("\n")]
        except OSError:
            _lines[path] = []
    lines = _lines[path]
    if d["line"] - 1 >= len(lines):
        return ""
    units = lines[d["line"] - 1].encode("utf-16-le")
    return units[2 * (d["column"] - 1):2 * (d["endColumn"] - 1)].decode("utf-16-le", errors="replace").strip()


SAME_FINDING = {"EL4001": ("EL4001", "EL4004", "EL4005")}

# A judged finding is matched by rule, file and line (and, when several share the line, its flagged text).
found = collections.defaultdict(list)
for d in diags:
    found[(d["id"], os.path.basename(d["path"]), d["line"])].append(d)

strict_left = 0
kept = {"TRUE": 0, "FALSE": 0}
total = {"TRUE": 0, "FALSE": 0}
lost_true, left_false = [], []
with open(judgments_path, encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        verdict = row["verdict"]
        if verdict not in total:
            continue
        file, _, line = row["location"].rpartition(":")
        # Unknown names (EL4004, suggestion severity) and broken words (EL4005) were split from unknown words: a
        # judged-true EL4001 on a name or a broken word is still reported when it is now an EL4004 or EL4005; a
        # judged-false one is gone when the warning is (strictly: any id).
        rules = SAME_FINDING.get(row["rule"], (row["rule"],)) if verdict == "TRUE" else (row["rule"],)
        candidates = [d for r in rules for d in found.get((r, os.path.basename(file), int(line)), [])]
        strict = [d for r in SAME_FINDING.get(row["rule"], (row["rule"],)) for d in found.get((r, os.path.basename(file), int(line)), [])]
        flagged = row["flagged_text"].strip()
        if candidates and flagged and "\u23ce" not in flagged:
            # Several findings of one rule may share a line: the judged one is the one whose text was flagged.
            candidates = [d for d in candidates if span_text(d) and (flagged in span_text(d) or span_text(d) in flagged)] or \
                         ([] if any(span_text(d) for d in candidates) else candidates)
        hit = bool(candidates)
        if verdict == "FALSE" and not hit and strict and flagged and "\u23ce" not in flagged and any(
                span_text(d) and (flagged in span_text(d) or span_text(d) in flagged) for d in strict):
            strict_left += 1
        total[verdict] += 1
        if hit:
            kept[verdict] += 1
            if verdict == "FALSE":
                left_false.append(row)
        elif verdict == "TRUE":
            lost_true.append(row)

t, fa = total["TRUE"], total["FALSE"]
print(f"judged true kept: {kept['TRUE']}/{t} ({100 * kept['TRUE'] / max(t, 1):.0f}%); "
      f"judged false gone: {fa - kept['FALSE']}/{fa} ({100 * (fa - kept['FALSE']) / max(fa, 1):.0f}%)")
print(f"  (strictly, counting a name now reported as EL4004 as not gone: {fa - kept['FALSE'] - strict_left}/{fa})")
for row in lost_true:
    print(f"  lost true:  {row['rule']} {row['location']} {row['flagged_text'][:60]!r}")
for row in left_false:
    print(f"  left false: {row['rule']} {row['location']} {row['flagged_text'][:60]!r}")
