#!/usr/bin/env bash
# Start-up time of the packaged jar on its embedded PostgreSQL (docs/performance.md):
# a first start on an empty data directory (initdb, Flyway migrations, default standard,
# demo data), then a restart on the same directory. Two times from launching `java -jar`,
# with the health probes switched on for these runs only: until /actuator/health/liveness
# answers UP (the server takes requests), and until /actuator/health answers UP, which
# then includes readiness (start-up jobs done: default standard, demo data). Without the
# probes, /actuator/health answers UP as soon as the server runs. Each run is then
# stopped with SIGTERM, which also stops its PostgreSQL.
#
#   ./mvnw -q -DskipTests package && scripts/startup-time.sh
#
# SERVER_PORT (default 18080) and SOCLE_EMBEDDED_DB_PORT (default 54391) must be free;
# KEEP_LOGS=1 keeps the data directory and the two logs (their path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/socle-*.jar | grep -v -- '-plain' | head -n 1)
port=${SERVER_PORT:-18080}
db_port=${SOCLE_EMBEDDED_DB_PORT:-54391}
data=$(mktemp -d)
if [ -z "${KEEP_LOGS:-}" ]; then
	trap 'rm -rf "$data"' EXIT
else
	echo "data directory and logs: $data"
fi

for p in "$port" "$db_port"; do
	if ss -ltn | awk '{print $4}' | grep -q ":$p\$"; then
		echo "port $p is in use: set SERVER_PORT / SOCLE_EMBEDDED_DB_PORT" >&2
		exit 1
	fi
done

up() {
	curl -fs "http://127.0.0.1:$port$1" 2>/dev/null | grep -q '"status":"UP"'
}

measure() {
	local label=$1 log="$data/$1.log" start health="" ready="" now pid
	start=$(date +%s.%N)
	SOCLE_DATA_DIR="$data" SERVER_PORT="$port" SOCLE_EMBEDDED_DB_PORT="$db_port" \
		MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED=true java -jar "$jar" >"$log" 2>&1 &
	pid=$!
	until [ -n "$ready" ]; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "$label: the application stopped; its log:" >&2
			tail -n 40 "$log" >&2
			exit 1
		fi
		now=$(date +%s.%N)
		if [ -z "$health" ] && up /actuator/health/liveness; then
			health=$(echo "$now - $start" | bc)
		fi
		if [ -n "$health" ] && up /actuator/health; then
			ready=$(echo "$now - $start" | bc)
		fi
		sleep 0.1
	done
	printf '%s: serving after %.1f s, ready after %.1f s (%s)\n' "$label" "$health" "$ready" \
		"$(grep -o 'Started SocleApplication in [0-9.]* seconds (process running for [0-9.]*)' "$log" || true)"
	kill -TERM "$pid"
	wait "$pid" || true
}

echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1)"
measure "first start (empty data directory, demo data)"
measure "restart (same data directory)"
