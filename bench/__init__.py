"""Benchmarks: `make bench` (10,000 practices) and `make bench-short` (CI). See run.py."""
