#!/usr/bin/env bash
# Draws docs/bench/build-time.png from the benchmark results in docs/bench/*.json (paperkg bench --format json).
# Needs gnuplot (Debian: apt-get install gnuplot-nox) and python3.
set -euo pipefail
cd "$(dirname "$0")"
python3 - > runs.tsv <<'PY'
import json, glob
rows = []
for f in sorted(glob.glob("run-*.json")):
    j = json.load(open(f))
    rows.append((j["papers"], j["build_s"], j["bare_loader_s"], j["extract_s"], j["ratio"]))
print("# papers\tbuild_s\tbare_loader_s\textract_s\tratio")
for r in sorted(rows):
    print("\t".join(str(x) for x in r))
PY
gnuplot <<'GP'
set terminal pngcairo size 900,560 noenhanced font ",11"
set output "build-time.png"
set title "paperkg build against Jena's bulk loader on the same quads (2 cores, -Xmx1g)"
set logscale xy
set xlabel "papers (generated, listing format)"
set ylabel "seconds (wall clock)"
set key top left
set grid
set format x "%.0s%c"
plot "runs.tsv" using 1:2 with linespoints lw 2 pt 7 title "paperkg build (read, extract, map, bulk load)", \
     "runs.tsv" using 1:3 with linespoints lw 2 pt 5 title "bare Jena loader on the exported N-Quads", \
     "runs.tsv" using 1:4 with linespoints lw 1 pt 9 dt 2 title "extraction alone (no store)"
GP
echo "wrote $(pwd)/build-time.png"
