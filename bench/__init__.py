"""Benchmarks (`make bench`) and the screenshot maker (`make screenshots`)."""
