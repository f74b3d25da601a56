#!/usr/bin/env bash
# Runs every benchmark under benchmarks/ (not part of the test run) and keeps their figures.
#
#   scripts/bench.sh [--quick] [NAME ...]
#
# --quick: the 10,000-row workbook and fewer runs (a few minutes); without it, 50,000 rows.
# NAME: run only benchmarks/bench_NAME.py (e.g. `scripts/bench.sh validate upload`).
# Every figure is printed as `figure, now, baseline, ratio, target, met|not met` and appended as
# one JSON line to benchmarks/results/<run>.jsonl (git-ignored); docs/PERFORMANCE.md explains.
# The generated workbooks are cached in $TOCO_BENCH_CACHE (default: <tmp>/toco-bench).
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
# the peer the validate benchmark compares with (pyproject's `bench` extra), when it is missing
if [ "$PY" = .venv/bin/python ] && ! "$PY" -c "import pandas" 2>/dev/null; then
    "$PY" -m pip install -q -e ".[bench]" >&2 || echo "pandas not installed: its figure is skipped" >&2
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export TOCO_BENCH_RUN=${TOCO_BENCH_RUN:-$(date -u +%Y%m%d-%H%M%S)}
quick=0
names=()
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) names+=("$arg") ;;
    esac
done
export TOCO_BENCH_QUICK=$quick

# The benchmarks written before the shared harness take their own sizes.
args_of() {
    case "$1" in
        bench_edit_log) [ $quick = 1 ] && echo "--edits 50" ;;
        bench_export) [ $quick = 1 ] && echo "--products 1000 --runs 2" ;;
        bench_photos) [ $quick = 1 ] && echo "--photos 200" ;;
        bench_sync_send) [ $quick = 1 ] && echo "--products 500 --runs 2" ;;
        bench_file_types) [ $quick = 1 ] && echo "--rows 5000 --repeat 3" ;;
        bench_formatted) [ $quick = 1 ] && echo "--repeat 3" ;;
        bench_names) [ $quick = 1 ] && echo "--rows 10000 --repeat 3" ;;
        bench_products) [ $quick = 1 ] && echo "--products 1000 --repeat 2" ;;
        bench_read) [ $quick = 1 ] && echo "--rows 10000 --repeat 3" ;;
        bench_reference) [ $quick = 1 ] && echo "--repeat 3" ;;
        bench_upload) echo "--rows $([ $quick = 1 ] && echo 1000 || echo 5000)" ;;
        bench_window_load) [ $quick = 1 ] && echo "--rows 10000" ;;
        *) [ $quick = 1 ] && echo "--quick" ;;  # the harness's own: bench_*.py --quick
    esac
}

if [ ${#names[@]} -eq 0 ]; then
    files=(benchmarks/bench_*.py)
else
    files=()
    for n in "${names[@]}"; do files+=("benchmarks/bench_${n#bench_}.py"); done
fi
failed=0
for file in "${files[@]}"; do
    name=$(basename "$file" .py)
    echo "== $name"
    # shellcheck disable=SC2046
    "$PY" "$file" $(args_of "$name") || { echo "!! $name exited with $?"; failed=1; }
done
echo "figures: benchmarks/results/$TOCO_BENCH_RUN.jsonl"
exit $failed
