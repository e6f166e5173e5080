#!/usr/bin/env bash
# The cost of a trivial page (docs/performance.md): starts the packaged jar on a fresh embedded PostgreSQL with
# the demo data, warms up, then runs wrk (16 connections, 2 threads) on the anonymous login page and on the
# establishment list of a logged-in admin. For each page it prints the throughput, the latency percentiles and
# the CPU time per request, which the machine's load changes much less than the throughput: of the request threads (from /proc, per
# thread), of the whole JVM (with JIT and GC), and of PostgreSQL. Then the JVM's memory and GC pauses.
#
#   ./mvnw -q -DskipTests package && bench/baseline.sh
#
# Settings (environment): JAR (default target/socle-*.jar), SERVER_PORT (18105), SOCLE_EMBEDDED_DB_PORT (15515),
# DURATION (30s), WARMUP (20s), CONNECTIONS (16), PAGES (default "/login /establishments"; a page is requested
# logged in as admin unless it is /login), JAVA_OPTS (extra JVM options), JFR=file.jfr (records a profile of the
# measured runs), KEEP_LOGS=1 (keeps the data directory, the application log and the GC log).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${JAR:-$(ls target/socle-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1)}
port=${SERVER_PORT:-18105}
db_port=${SOCLE_EMBEDDED_DB_PORT:-15515}
duration=${DURATION:-30s}
warmup=${WARMUP:-20s}
connections=${CONNECTIONS:-16}
pages=${PAGES:-/login /establishments}
lua=$(pwd)/bench/percentiles.lua
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
[ -f "$jar" ] || { echo "no jar: ./mvnw -q -DskipTests package" >&2; exit 1; }
for p in "$port" "$db_port"; do
	if ss -ltn | awk '{print $4}' | grep -q ":$p\$"; then
		echo "port $p is in use: set SERVER_PORT / SOCLE_EMBEDDED_DB_PORT" >&2
		exit 1
	fi
done

data=$(mktemp -d)
pid=""
finish() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill "$pid"
		wait "$pid" 2>/dev/null || true
	fi
	if [ -z "${KEEP_LOGS:-}" ]; then rm -rf "$data"; else echo "data directory and logs: $data"; fi
}
trap finish EXIT

jfr=()
if [ -n "${JFR:-}" ]; then jfr=("-XX:StartFlightRecording=settings=profile,filename=$JFR"); fi
start=$(date +%s.%N)
# shellcheck disable=SC2086
SOCLE_DATA_DIR="$data" SERVER_PORT="$port" SOCLE_EMBEDDED_DB_PORT="$db_port" \
	java ${JAVA_OPTS:-} "-Xlog:gc:file=$data/gc.log" "${jfr[@]}" -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
	kill -0 "$pid" 2>/dev/null || { echo "the application stopped; its log:" >&2; tail -n 40 "$data/app.log" >&2; exit 1; }
	sleep 0.5
done
printf 'jar %s, up after %.1f s (%s)\n' "$jar" "$(echo "$(date +%s.%N) - $start" | bc)" \
	"$(grep -o 'Started SocleApplication in [0-9.]* seconds' "$data/app.log")"
postgres=$(pgrep -f -- "-D $data/postgres" | head -n 1)

# A logged-in admin: the session cookie of a form login (the CSRF token comes from the login page)
jar_file="$data/cookies"
csrf=$(curl -s -c "$jar_file" -b "$jar_file" "http://127.0.0.1:$port/login" \
	| grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar_file" -b "$jar_file" -o /dev/null \
	--data-urlencode "username=admin" --data-urlencode "password=${SOCLE_DEMO_PASSWORD:-socle-demo}" \
	--data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login"
session=$(awk '$6 == "SESSION" {print $7}' "$jar_file")
# one request first, so that the session holds its CSRF token before concurrent requests read it
home=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "http://127.0.0.1:$port/")
[ "$home" = 200 ] || { echo "could not log in as admin (home page: $home)" >&2; exit 1; }

# CPU ticks (1/100 s) so far: request threads, whole JVM, PostgreSQL (postmaster and its backends)
ticks() {
	local threads=0 t
	for t in /proc/"$pid"/task/*; do
		if grep -q '^http-nio-' "$t/comm" 2>/dev/null; then
			threads=$((threads + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)))
		fi
	done
	local db=0 c
	for c in $postgres $(pgrep -P "$postgres"); do
		db=$((db + $(awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || echo 0)))
	done
	echo "$threads $(awk '{print $14 + $15}' "/proc/$pid/stat") $db"
}

load() { cut -d ' ' -f 1-3 /proc/loadavg; }

run() {
	local page=$1 cookie="" before after result
	[ "$page" = /login ] || cookie=$session
	SOCLE_SESSION="$cookie" wrk -t2 -c"$connections" -d"$warmup" --timeout 30s -s "$lua" "http://127.0.0.1:$port$page" >/dev/null
	local load_before
	load_before=$(load)
	read -r -a before <<<"$(ticks)"
	result=$(SOCLE_SESSION="$cookie" wrk -t2 -c"$connections" -d"$duration" --timeout 30s -s "$lua" "http://127.0.0.1:$port$page" \
		| grep '^RESULT')
	read -r -a after <<<"$(ticks)"
	local requests
	requests=$(echo "$result" | sed 's/.*requests=\([0-9]*\).*/\1/')
	printf '%-16s %s | CPU ms/request: request threads %.2f, JVM %.2f, PostgreSQL %.2f | load %s -> %s\n' \
		"$page" "${result#RESULT }" \
		"$(echo "scale=4; (${after[0]} - ${before[0]}) * 10 / $requests" | bc)" \
		"$(echo "scale=4; (${after[1]} - ${before[1]}) * 10 / $requests" | bc)" \
		"$(echo "scale=4; (${after[2]} - ${before[2]}) * 10 / $requests" | bc)" \
		"$load_before" "$(load)"
}

echo "wrk: $connections connections, 2 threads, $duration after $warmup of warm-up (timeout 30 s); $(nproc) cores"
for page in $pages; do
	run "$page"
done

rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
peak=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")
heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || true)
echo "memory: RSS ${rss} MB (peak ${peak} MB); heap ${heap:-unknown}; $(java ${JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null \
	| awk '$2 == "MaxHeapSize" {printf "max heap %d MB", $4 / 1048576}')"
awk '/Pause/ { gsub("ms", "", $NF); n++; total += $NF; if ($NF > max) max = $NF }
	END { printf "GC pauses: %d, %.0f ms in all, longest %.1f ms\n", n, total, max }' "$data/gc.log"
