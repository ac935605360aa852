#!/usr/bin/env python3
"""List the papers of the holdout split, in rank order (see GUIDE.md section 3).

Usage: python3 data/eval/holdout.py [--split holdout|holdout2|holdout3|holdout4] [gold.jsonl] [seed_dir]

The holdout is the HOLDOUT_SIZE distinct papers of the seed dumps that are not in the tune/test
splits, taken in ascending order of sha256(HOLDOUT_SALT + title). The rule was fixed before any
holdout paper was read, and validate.py checks that the gold file follows it.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SPLIT = "holdout"
if len(sys.argv) > 2 and sys.argv[1] == "--split":
    SPLIT = sys.argv[2]
    del sys.argv[1:3]
gold_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.jsonl")
seed_dir = sys.argv[2] if len(sys.argv) > 2 else "data/samples"
sys.argv = sys.argv[:1]
import validate  # noqa: E402  (reads sys.argv at import)


def main():
    first = {}
    for p in sorted(glob.glob(os.path.join(seed_dir, "*.txt"))):
        for r in validate.parse(p):
            first.setdefault(r["title"], r)
    tune_test = set()
    for line in open(gold_path, encoding="utf-8"):
        if line.strip():
            o = json.loads(line)
            if o["split"] in ("tune", "test"):
                tune_test.add(o["title"])
    if SPLIT not in validate.SALTS:
        sys.exit(f"holdout.py: unknown split {SPLIT!r}; use holdout, holdout2, holdout3 or holdout4")
    salt = validate.SALTS[SPLIT]
    for i, t in enumerate(validate.ranked_splits(first, tune_test)[SPLIT]):
        r = first[t]
        print(f"{i}\t{r['file']}\t{r['line']}\t{validate.rank(salt, t)[:12]}\t{t}")


if __name__ == "__main__":
    main()
