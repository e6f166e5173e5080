#!/usr/bin/env bash
# Load on two Socle nodes sharing one PostgreSQL, on loopback (docs/operations.md, "Sessions and several nodes"):
# 50 logged-in users for 60 s, each request to the other node than the one before. Prints errors, throughput and
# latency percentiles, and writes them to target/benchmarks/two-nodes.md; fails if any request failed.
#   bench/two-nodes.sh                      # 50 users, 60 s
#   USERS=20 SECONDS_=30 bench/two-nodes.sh  # lighter
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -Pbenchmark test -Dtest=TwoNodesLoadBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
	-Dsocle.bench.users="${USERS:-50}" -Dsocle.bench.seconds="${SECONDS_:-60}" "$@"
