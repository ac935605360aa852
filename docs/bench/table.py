#!/usr/bin/env python3
"""Prints a README benchmark table from paperkg bench --format json results in docs/bench: the files
matching the pattern given (default run-*.json, the a949f4d runs; main-tdbsettings-*.json for main now)."""
import glob, json, os, sys

pattern = sys.argv[1] if len(sys.argv) > 1 else "run-*.json"
os.chdir(os.path.dirname(os.path.abspath(__file__)))
runs = sorted((json.load(open(f)) for f in glob.glob(pattern)), key=lambda j: j["papers"])
print("| papers | quads | build s | bare loader s (kind) | ratio | per paper ms | extraction alone papers/s "
      "| peak heap MB | store MB / bare MB | add 1,000 papers |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for j in runs:
    per_paper = 1000 * j["build_s"] / j["papers"]
    add = f'{j["add_s"]:.1f} s ({j["add_mode"]})' if j.get("add_papers") else "not measured"
    print(f'| {j["papers"]:,} | {j["triples"]:,} | {j["build_s"]:.1f} | {j["bare_loader_s"]:.1f} ({j["bare_loader"]}) '
          f'| {j["ratio"]:.3f} | {per_paper:.3f} | {j["extract_papers_per_s"]:,.0f} | {j["peak_heap_mb"]:.0f} '
          f'| {j["store_mb"]:,.0f} / {j["bare_store_mb"]:,.0f} ({j["store_ratio"]:.3f}) | {add} |')
