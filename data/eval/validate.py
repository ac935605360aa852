#!/usr/bin/env python3
"""Validate data/eval/gold.jsonl against the seed listing files.

Usage: python3 validate.py [gold.jsonl] [seed_dir]
Exits non-zero if any hard check fails.  Prints counts per split / field.

Splits: "tune"/"test" (the first 119 papers, chosen by hand; sha256 of the title decides which),
"holdout" (HOLDOUT_SIZE papers chosen by rank, see ranked_splits() and GUIDE.md section 3.1),
"holdout2" (HOLDOUT2_SIZE papers of the rest, chosen by another rank, GUIDE.md section 3.2),
"holdout3" (HOLDOUT3_SIZE papers of what is left then, by a third rank, GUIDE.md section 3.3) and
"holdout4" (ALL the papers left after that, ordered by a fourth rank, GUIDE.md section 3.4).
"""
import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
SEEDS = sys.argv[2] if len(sys.argv) > 2 else "data/samples"

FIELDS = ["title", "split", "code_repos", "project_pages", "methods_used", "datasets",
          "tasks", "metrics", "proposed", "results", "source", "line"]
STR_LISTS = ["methods_used", "datasets", "tasks", "metrics"]
PTYPES = {"method", "model", "dataset", "benchmark", "metric", "framework", "tool"}
SPLITS = ("tune", "test", "holdout", "holdout2", "holdout3", "holdout4")
RANKED = ("holdout", "holdout2", "holdout3", "holdout4")
HOLDOUT_SIZE = 90
HOLDOUT_SALT = "paperkg-holdout\n"
# holdout2 (issue 4, third round): drawn from the papers left after tune/test/holdout, by the same
# kind of rank with its own salt, fixed before any of them was read (GUIDE.md section 3.2).
HOLDOUT2_SIZE = 55
HOLDOUT2_SALT = "paperkg-holdout2\n"
# holdout3 (issue 4, fourth round): drawn from the papers in none of tune/test/holdout/holdout2, by
# a rank with a third salt, fixed before any of them was read (GUIDE.md section 3.3).
HOLDOUT3_SIZE = 60
HOLDOUT3_SALT = "paperkg-holdout3\n"
# holdout4 (issue 4, fifth round): ALL the papers in none of tune/test/holdout/holdout2/holdout3
# (63 with the seed dumps), annotated in the order of a rank with a fourth salt, fixed before any of
# them was read (GUIDE.md section 3.4).  No size cut: the rank only fixes the annotation order.
HOLDOUT4_SALT = "paperkg-holdout4\n"
# The ranked splits in the order they were drawn: (split, salt, size); size None takes all that is left.
RANKED_RULES = (("holdout", HOLDOUT_SALT, HOLDOUT_SIZE), ("holdout2", HOLDOUT2_SALT, HOLDOUT2_SIZE),
                ("holdout3", HOLDOUT3_SALT, HOLDOUT3_SIZE), ("holdout4", HOLDOUT4_SALT, None))
SALTS = {split: salt for split, salt, _ in RANKED_RULES}
HEADERS = {"new", "Get trending papers in your email inbox!",
           "Get trending papers in your email inbox once a day!", "Subscribe",
           "Daily Papers", "byAK and the research community"}


def is_noise(line):
    s = line.strip()
    return (not s or s in HEADERS or s == "\u00b7"
            or re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", s) is not None           # "Aug 7"
            or re.fullmatch(r"\u2022\s*\d+ authors?", s) is not None          # "• 10 authors"
            or re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}( \d+)?", s) is not None)


def parse(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    recs, pending = [], None
    for i, l in enumerate(lines, 1):
        if is_noise(l):
            continue
        if l.startswith("Subscribe") and len(l) > len("Subscribe"):
            l = l[len("Subscribe"):]
        if pending is None:
            pending = (l, i)
        else:
            recs.append({"title": pending[0], "abstract": l, "line": pending[1],
                         "file": os.path.basename(path)})
            pending = None
    return recs


def rank(salt, title):
    """A paper's rank in a ranked split: sha256(salt + title) in hex, compared as a string."""
    return hashlib.sha256((salt + title).encode("utf-8")).hexdigest()


def ranked_titles(first, taken, salt, size=None):
    """The first occurrences not in taken, lowest rank under salt first: the first size of them,
    or all of them when size is None."""
    rest = [t for t in first if t not in taken]
    return sorted(rest, key=lambda t: rank(salt, t))[:size]


def ranked_splits(first, tune_test_titles):
    """The titles each ranked split must contain, by split, lowest rank first. The splits are drawn
    in RANKED_RULES order, each from the first occurrences in none of tune/test and the splits
    drawn before it (each recomputed by its own rule)."""
    taken, out = set(tune_test_titles), {}
    for split, salt, size in RANKED_RULES:
        out[split] = ranked_titles(first, taken, salt, size)
        taken |= set(out[split])
    return out


def norm_url(u):
    """Normalise a raw URL found in an abstract (see GUIDE.md)."""
    u = re.sub(r"^.*?(https?://)", r"\1", u)          # glued word before scheme
    u = u.split("{")[0]                                 # LaTeX debris "{...}"
    u = u.rstrip(".,;:)}/")
    u = re.sub(r"\.git$", "", u)
    m = re.match(r"https?://(?:www\.)?([^/]+)(.*)$", u, re.I)
    host, path = m.group(1).lower(), m.group(2)
    if host in ("github.com", "gitlab.com", "bitbucket.org", "huggingface.co"):
        parts = [p for p in path.split("/") if p]
        path = "/" + "/".join(parts[:2])
    return "https://" + host + path.rstrip("/")


def raw_urls(text):
    return re.findall(r"\S*https?://\S+", text)


def main():
    seeds = {}
    first = {}
    for p in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        for r in parse(p):
            seeds[(r["file"], r["line"])] = r
            first.setdefault(r["title"], r)
    errors, warns = [], []
    rows = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    titles = Counter(r["title"] for r in rows)
    for t, c in titles.items():
        if c > 1:
            errors.append(f"duplicate title: {t}")
    for n, o in enumerate(rows, 1):
        tag = f"line {n} ({o.get('title', '?')[:50]})"
        if list(o.keys()) != FIELDS:
            errors.append(f"{tag}: fields {list(o.keys())}")
            continue
        if o["split"] not in SPLITS:
            errors.append(f"{tag}: bad split")
        if o["split"] not in RANKED:
            want = "tune" if int(hashlib.sha256(o["title"].encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"
            if o["split"] != want:
                errors.append(f"{tag}: split does not follow sha256 rule")
        rec = seeds.get((o["source"], o["line"]))
        if rec is None or rec["title"] != o["title"]:
            errors.append(f"{tag}: title not found at {o['source']}:{o['line']}")
            continue
        if first[o["title"]] is not rec:
            errors.append(f"{tag}: source/line is not the first occurrence")
        text = o["title"] + "\n" + rec["abstract"]
        for f in ["code_repos", "project_pages"] + STR_LISTS:
            v = o[f]
            if not isinstance(v, list) or not all(isinstance(x, str) and x for x in v):
                errors.append(f"{tag}: {f} must be list of non-empty strings")
                continue
            if len(set(v)) != len(v):
                errors.append(f"{tag}: duplicate in {f}")
            if f in STR_LISTS:
                for x in v:
                    if x not in text:
                        errors.append(f"{tag}: {f} value not verbatim: {x!r}")
        # URLs: every URL in the abstract is annotated, and nothing else
        found = {norm_url(u) for u in raw_urls(rec["abstract"])}
        code = {u for u in found if re.match(r"https://(github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)/", u)}
        if set(o["code_repos"]) != code:
            errors.append(f"{tag}: code_repos {o['code_repos']} != {sorted(code)}")
        if set(o["project_pages"]) != found - code:
            errors.append(f"{tag}: project_pages {o['project_pages']} != {sorted(found - code)}")
        for u in o["code_repos"] + o["project_pages"]:
            if not u.startswith("https://") or u.endswith(("/", ".")) or "www." in u or "{" in u:
                errors.append(f"{tag}: URL not normalised: {u}")
        names = set()
        for p in o["proposed"]:
            if not isinstance(p, dict) or list(p.keys()) != ["name", "long_form", "type"]:
                errors.append(f"{tag}: bad proposed entry {p}")
                continue
            if not isinstance(p["name"], str) or p["name"] not in text:
                errors.append(f"{tag}: proposed name not verbatim: {p['name']!r}")
            if p["long_form"] is not None and (not isinstance(p["long_form"], str) or p["long_form"] not in text):
                errors.append(f"{tag}: long_form not verbatim: {p['long_form']!r}")
            if p["type"] not in PTYPES:
                errors.append(f"{tag}: bad type {p['type']}")
            names.add(p["name"])
        for f in ("methods_used", "datasets"):
            for x in o[f]:
                if x in names:
                    errors.append(f"{tag}: proposed name {x!r} also in {f}")
        for r in o["results"]:
            if not isinstance(r, dict) or list(r.keys()) != ["metric", "dataset", "value", "baseline_value", "text"]:
                errors.append(f"{tag}: bad result entry {r}")
                continue
            if not isinstance(r["text"], str) or r["text"] not in rec["abstract"]:
                errors.append(f"{tag}: result text not in abstract: {r['text']!r}")
                continue
            if not isinstance(r["value"], str) or not re.search(r"\d", r["value"]) or r["value"] not in r["text"]:
                errors.append(f"{tag}: value {r['value']!r} not in its text")
            if r["baseline_value"] is not None and (not isinstance(r["baseline_value"], str) or r["baseline_value"] not in r["text"]):
                errors.append(f"{tag}: baseline {r['baseline_value']!r} not in its text")
            for k, lst in (("metric", "metrics"), ("dataset", "datasets")):
                if r[k] is not None:
                    if not isinstance(r[k], str) or r[k] not in text:
                        errors.append(f"{tag}: result {k} not verbatim: {r[k]!r}")
                    elif r[k] not in o[lst]:
                        errors.append(f"{tag}: result {k} {r[k]!r} not listed in {lst}")
        if not isinstance(o["line"], int):
            errors.append(f"{tag}: line must be int")

    # ---- the holdout is exactly the lowest-ranked papers outside tune/test
    tune_test = {r["title"] for r in rows if r.get("split") in ("tune", "test")}
    ranked = ranked_splits(first, tune_test)
    holdout = {r["title"] for r in rows if r.get("split") == "holdout"}
    if holdout:
        want = set(ranked["holdout"])
        for t in sorted(holdout - want):
            errors.append(f"holdout paper not selected by the rank rule: {t[:60]}")
        for t in sorted(want - holdout):
            errors.append(f"holdout misses a paper the rank rule selects: {t[:60]}")
    holdout2 = {r["title"] for r in rows if r.get("split") == "holdout2"}
    if holdout2:
        want = set(ranked["holdout2"])
        for t in sorted(holdout2 - want):
            errors.append(f"holdout2 paper not selected by its rank rule: {t[:60]}")
        for t in sorted(want - holdout2):
            errors.append(f"holdout2 misses a paper its rank rule selects: {t[:60]}")
    holdout3 = {r["title"] for r in rows if r.get("split") == "holdout3"}
    if holdout3:
        want = set(ranked["holdout3"])
        for t in sorted(holdout3 - want):
            errors.append(f"holdout3 paper not selected by its rank rule: {t[:60]}")
        for t in sorted(want - holdout3):
            errors.append(f"holdout3 misses a paper its rank rule selects: {t[:60]}")
    holdout4 = {r["title"] for r in rows if r.get("split") == "holdout4"}
    if holdout4:
        want = ranked["holdout4"]
        for t in sorted(holdout4 - set(want)):
            errors.append(f"holdout4 paper not selected by its rule: {t[:60]}")
        # the split is ALL the remaining papers (annotated in rank order): one missing is an error
        for t in sorted(set(want) - holdout4):
            errors.append(f"holdout4 misses a paper its rule selects: {t[:60]}")

    # ---- report
    sp = Counter(r["split"] for r in rows)
    print(f"papers: {len(rows)}  splits: {dict(sp)}")
    print("per source file:", dict(sorted(Counter(r['source'] for r in rows).items())))
    hdr = ["code_repos", "project_pages", "methods_used", "datasets", "tasks", "metrics", "proposed", "results"]
    print(f"{'field':15s} {'all':>5s} {'tune':>5s} {'test':>5s} {'hold':>5s} {'hold2':>5s} {'hold3':>5s} {'hold4':>5s} {'papers>0':>8s}")
    for f in hdr:
        tot = sum(len(r[f]) for r in rows)
        per = [sum(len(r[f]) for r in rows if r["split"] == s) for s in SPLITS]
        nz = sum(1 for r in rows if r[f])
        print(f"{f:15s} {tot:5d} {per[0]:5d} {per[1]:5d} {per[2]:5d} {per[3]:5d} {per[4]:5d} {per[5]:5d} {nz:8d}")
    print("proposed types:", dict(Counter(p["type"] for r in rows for p in r["proposed"])))
    print("results with baseline:", sum(1 for r in rows for x in r["results"] if x["baseline_value"]),
          " with metric:", sum(1 for r in rows for x in r["results"] if x["metric"]),
          " with dataset:", sum(1 for r in rows for x in r["results"] if x["dataset"]))
    if abs(sp["tune"] - sp["test"]) > 0.2 * (sp["tune"] + sp["test"]):
        errors.append("split is not about half/half")
    for w in warns:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
