#!/usr/bin/env bash
# Draws docs/bench/build-time.png from the benchmark results: main's runs (docs/bench/main-tdbsettings-10k.json,
# main-offheap-100k.json and main-offheap-1m.json, the 1M one with the sequential loader), docs/bench/run-*.json (a949f4d)
# and docs/bench/62b1caf/ (the same benchmark before main's extraction
# rules were merged, with the 1M build from its log, which has no JSON: that run did not finish).
# Needs gnuplot (Debian: apt-get install gnuplot-nox) and python3.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import glob, json, re
def rows(pattern):
    return sorted(
        (json.load(open(f)) for f in glob.glob(pattern)), key=lambda j: j["papers"])
with open("runs.tsv", "w") as out:
    out.write("# papers\tbuild_s\tbare_loader_s\textract_s\tratio\n")
    for j in rows("run-*.json"):
        out.write(f'{j["papers"]}\t{j["build_s"]}\t{j["bare_loader_s"]}\t{j["extract_s"]}\t{j["ratio"]}\n')
with open("runs-main.tsv", "w") as out:
    out.write("# papers\tbuild_s\tbare_loader_s\textract_s\n")
    for j in sorted(rows("main-tdbsettings-10k.json") + rows("main-offheap-*.json"), key=lambda j: j["papers"]):
        out.write(f'{j["papers"]}\t{j["build_s"]}\t{j["bare_loader_s"]}\t{j["extract_s"]}\n')
with open("runs-62b1caf.tsv", "w") as out:
    out.write("# papers\tbuild_s\tbare_loader_s\textract_s\n")
    for j in rows("62b1caf/run-*.json"):
        out.write(f'{j["papers"]}\t{j["build_s"]}\t{j["bare_loader_s"]}\t{j["extract_s"]}\n')
    log = open("62b1caf/run-1m.txt").read()
    build = re.search(r"1,000,000 papers, [\d,]+ quads in ([\d.]+) s", log).group(1)
    extract = re.search(r"1,000,000 papers, [\d,]+ mentions in ([\d.]+) s", log).group(1)
    out.write(f"1000000\t{build}\tNaN\t{extract}\n")
PY
gnuplot <<'GP'
set terminal pngcairo size 900,560 noenhanced font ",11"
set output "build-time.png"
set title "paperkg build against Jena's bulk loader on the same quads (2 shared cores, -Xmx1g)"
set logscale xy
set xlabel "papers (generated, listing format)"
set ylabel "seconds (wall clock)"
set key top left
set grid
set format x "%.0s%c"
plot "runs-main.tsv" using 1:2 with linespoints lw 2 pt 7 lc rgb "#8e44ad" title "paperkg build, main (10k, 100k parallel; 1M sequential)", \
     "runs-main.tsv" using 1:3 with linespoints lw 2 pt 5 lc rgb "#2980b9" title "bare Jena loader, main runs (same settings)", \
     "runs.tsv" using 1:2 with linespoints lw 2 pt 7 lc rgb "#c0392b" title "paperkg build at a949f4d", \
     "runs.tsv" using 1:4 with linespoints lw 1 pt 9 dt 2 lc rgb "#c0392b" title "extraction alone at a949f4d", \
     "runs.tsv" using 1:3 with linespoints lw 2 pt 5 lc rgb "#2c3e50" title "bare Jena loader, a949f4d runs", \
     "runs-62b1caf.tsv" using 1:2 with linespoints lw 2 pt 6 lc rgb "#27ae60" title "paperkg build at 62b1caf (before main's extraction rules)", \
     "runs-62b1caf.tsv" using 1:3 with linespoints lw 1 pt 4 lc rgb "#7f8c8d" title "bare Jena loader, 62b1caf runs", \
     "runs-62b1caf.tsv" using 1:4 with linespoints lw 1 pt 8 dt 2 lc rgb "#27ae60" title "extraction alone at 62b1caf"
GP
rm -f runs.tsv runs-main.tsv runs-62b1caf.tsv
echo "wrote $(pwd)/build-time.png"
