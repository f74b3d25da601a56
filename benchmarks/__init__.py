"""Benchmarks: not part of the test run; `scripts/bench.sh` runs them all (docs/PERFORMANCE.md)."""
