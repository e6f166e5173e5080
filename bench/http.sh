#!/usr/bin/env bash
# Socle over HTTP at one data scale (docs/performance.md, "HTTP benchmark at three scales"):
#   bench/http.sh S|M|L
# 1. generates the scale's data once into a persistent embedded database (ScaleDataGeneratorTests; kept in
#    ${SOCLE_BENCH_DATA:-target/bench-data}/<scale> and reused while it is there),
# 2. starts the packaged jar on it (built if missing) and times its start-up,
# 3. logs in an administrator, a regional auditor and the manager of the 500-place establishment,
# 4. drives wrk on loopback over every page, the login page (the baseline) first and last,
# 5. prints one table: throughput, p50/p95/p99, ratios to the baseline and PASS/FAIL against the budget, with the
#    server's RSS, heap and GC pauses during the load; writes it to target/benchmarks/http-<scale>.md.
# Settings: DURATION (15s per page), WARMUP (5s, before each page), PREWARM (5s per page, one pass over every page
# before the first measurement; 0: none), CONNECTIONS (16), THREADS (2), JAVA_OPTS (e.g. -Xmx256m),
# ONLY (a regular expression on the page names: ONLY=CSV runs only the exports), SERVER_PORT (8104) and
# SOCLE_EMBEDDED_DB_PORT (15504), which must be free. KEEP=1 leaves the server running at the end, and REUSE=1
# measures a server this script left running on the same data (start-up is then not measured).
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${1:-}
[[ "$SCALE" =~ ^(S|M|L)$ ]] || { echo "usage: $0 S|M|L" >&2; exit 2; }
PORT=${SERVER_PORT:-8104}
DB_PORT=${SOCLE_EMBEDDED_DB_PORT:-15504}
DATA=$(realpath -m "${SOCLE_BENCH_DATA:-target/bench-data}/$SCALE")
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
PREWARM=${PREWARM:-5s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ONLY=${ONLY:-.}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=target/benchmarks/http-$SCALE
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"

if ! command -v wrk >/dev/null; then
	echo "Installing wrk (Debian package)"
	$([ "$(id -u)" = 0 ] || echo sudo) apt-get install -y -qq wrk >/dev/null
fi
REUSE=${REUSE:-}
for port in "$PORT" "$DB_PORT"; do
	[ -n "$REUSE" ] && break
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		echo "Port $port is in use: set SERVER_PORT / SOCLE_EMBEDDED_DB_PORT" >&2
		exit 1
	fi
done

JAR=$(ls target/socle-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
	./mvnw -o -q -B -Dmaven.test.skip=true -Dsocle.test.skipJourneys=true package
	JAR=$(ls target/socle-*.jar | grep -v plain | head -1)
fi

if [ ! -f "$DATA/generated.md" ]; then
	echo "Generating scale $SCALE into $DATA (load: $(cut -d' ' -f1-3 /proc/loadavg))"
	start=$(date +%s)
	./mvnw -o -B -Pbenchmark test -Djacoco.skip=true -Dtest=ScaleDataGeneratorTests \
		-Dsurefire.failIfNoSpecifiedTests=false -Dsocle.bench.scale="$SCALE" -Dsocle.bench.data-dir="$DATA" \
		-Dsocle.bench.db-port="$DB_PORT" >"$OUT/generate.log" 2>&1 ||
		{ tail -50 "$OUT/generate.log"; exit 1; }
	echo "Scale $SCALE: generator run (Maven, Spring context, data) took $(($(date +%s) - start)) s"
	cat "$DATA/generated.md"
fi

# --- the server -------------------------------------------------------------------------------------------------
since() { echo "$(date +%s.%N) - $launched" | bc; }
SAMPLER=
if [ -n "$REUSE" ]; then
	APP=$(cat "$OUT/app.pid")
	SERVING=n/a
	READY=n/a
	kill -0 "$APP" || { echo "No server left running (KEEP=1) for $SCALE" >&2; exit 1; }
else
: >"$OUT/gc.log"
launched=$(date +%s.%N)
# shellcheck disable=SC2086
SOCLE_DATA_DIR="$DATA" SOCLE_EMBEDDED_DB_PORT="$DB_PORT" SOCLE_API_REQUESTS_PER_MINUTE=100000000 \
	java $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log":uptime -jar "$JAR" --server.port="$PORT" --socle.demo=false \
	>"$OUT/app.log" 2>&1 &
APP=$!
echo "$APP" >"$OUT/app.pid"
until curl -sf -o /dev/null "$BASE/actuator/health/liveness"; do
	kill -0 "$APP" 2>/dev/null || { tail -30 "$OUT/app.log"; exit 1; }
	sleep 0.2
done
SERVING=$(since)
until curl -sf -o /dev/null "$BASE/actuator/health"; do sleep 0.2; done
READY=$(since)
printf 'Start-up of %s: serving after %.1f s, ready after %.1f s\n' "$JAR" "$SERVING" "$READY"
fi
stop() {
	[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
	[ -n "${KEEP:-}" ] || { kill -TERM "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; } || true
}
trap stop EXIT

export PGPASSWORD
PGPASSWORD=$(cat "$DATA/postgres.password")
sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d socle -Atqc "$1"; }
ESTABLISHMENT=$(sql "SELECT id FROM establishment WHERE created_by = 'benchmark' AND authorised_capacity = 500 ORDER BY id LIMIT 1")
REGION=$(sql "SELECT region_code FROM establishment WHERE id = $ESTABLISHMENT")
MANAGER=$(sql "SELECT u.username FROM app_user u JOIN establishment e ON e.organisation_id = u.organisation_id
               WHERE e.id = $ESTABLISHMENT AND u.role = 'MANAGER' ORDER BY u.id LIMIT 1")
VALIDATED=$(sql "SELECT id FROM assessment WHERE establishment_id = $ESTABLISHMENT AND status = 'VALIDATED'
                 ORDER BY reference_date DESC LIMIT 1")
DRAFT=$(sql "SELECT id FROM assessment WHERE establishment_id = $ESTABLISHMENT AND status = 'DRAFT' LIMIT 1")
PRESENT=$(sql "SELECT count(*) FROM beneficiary_stay WHERE establishment_id = $ESTABLISHMENT AND discharge_date IS NULL")
VOLUMES=$(sql "SELECT format('%s establishments, %s beneficiaries present, %s discharged, %s service records, %s assessments',
               (SELECT count(*) FROM establishment), (SELECT count(*) FROM beneficiary_stay WHERE discharge_date IS NULL),
               (SELECT count(*) FROM beneficiary_stay WHERE discharge_date IS NOT NULL),
               (SELECT count(*) FROM care_record), (SELECT count(*) FROM assessment))")

# A logged-in session: the login form's CSRF token, then the form post; prints the Cookie header.
login() {
	local jar="$OUT/cookies-$1.txt" csrf
	rm -f "$jar"
	csrf=$(curl -sf -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
	curl -sf -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=socle-demo" \
		--data-urlencode "_csrf=$csrf" "$BASE/login"
	curl -sf -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/" | grep -q 200 || { echo "login of $1 failed" >&2; exit 1; }
	# the session cookie is HttpOnly: curl writes it on a line of its own starting with #HttpOnly_
	awk '(/^#HttpOnly_/ || !/^#/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar"
}
declare -A COOKIE
COOKIE[anonymous]=
COOKIE[admin]=$(login admin)
COOKIE[auditor]=$(login bench-auditor-01)
COOKIE[manager]=$(login "$MANAGER")
TOKEN=socle_benchmark-token-of-the-regional-auditor

# name | who | path | budget class: baseline, list (lists and detail: 1/3 of the baseline's throughput), heavy
# (dashboard, score, report: 1/5), export (streams; its heap is what counts: JAVA_OPTS=-Xmx256m ONLY=CSV)
SCENARIOS=(
	"Login page (baseline)|anonymous|/login|baseline"
	"Establishments, region + category, page 2|auditor|/establishments?region=$REGION&category=STUDENTS&page=1|list"
	"Establishments, search, page 3|admin|/establishments?q=taliba&page=2|list"
	"Establishment detail|manager|/establishments/$ESTABLISHMENT|list"
	"Beneficiaries of the 500-place establishment|manager|/establishments/$ESTABLISHMENT/beneficiaries|list"
	"Assessment form (self-assessment in progress)|manager|/assessments/$DRAFT|list"
	"Score page (validated audit)|auditor|/assessments/$VALIDATED/score|heavy"
	"Quality report|auditor|/establishments/$ESTABLISHMENT/report|heavy"
	"Quality report PDF|auditor|/establishments/$ESTABLISHMENT/report.pdf|heavy"
	"National dashboard|auditor|/dashboard|heavy"
	"National dashboard, region + category|auditor|/dashboard?region=$REGION&category=STUDENTS|heavy"
	"API establishments (bearer token)|api|/api/v1/establishments?region=$REGION|list"
	"CSV export, all establishments|admin|/establishments/export.csv|export"
	"CSV export, beneficiaries of the 500-place establishment|manager|/establishments/$ESTABLISHMENT/beneficiaries/export.csv|export"
	"CSV export, beneficiaries present in the region (pseudonymised)|auditor|/beneficiaries/export.csv?region=$REGION|export"
	"Login page (baseline, again)|anonymous|/login|baseline"
)

# --- memory sampler: RSS and heap in use (jstat), every second --------------------------------------------------
sample() {
	while kill -0 "$APP" 2>/dev/null; do
		rss=$(ps -o rss= -p "$APP" | tr -d ' ')
		heap=$(jstat -gc "$APP" 2>/dev/null | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }')
		echo "$(date +%s) $rss $heap"
		sleep 1
	done
}
sample >"$OUT/memory.txt" &
SAMPLER=$!
gc_start=$(wc -l <"$OUT/gc.log")

run() { # who path duration
	SOCLE_COOKIE=${COOKIE[$1]:-} SOCLE_BEARER=$([ "$1" = api ] && echo "$TOKEN" || true) \
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 30s -s bench/wrk-report.lua "$BASE$2" | grep '^RESULT'
}
# Every page once before anything is measured: the code paths they share (filters, the template engine, the
# session store) are then compiled by the JIT before the first baseline run, not during it.
if [ "$PREWARM" != 0 ]; then
	echo "Warming up every page for $PREWARM each" >&2
	for scenario in "${SCENARIOS[@]}"; do
		IFS='|' read -r name who path class <<<"$scenario"
		if [[ "$class" == baseline || "$name" =~ $ONLY ]]; then
			run "$who" "$path" "$PREWARM" >/dev/null
		fi
	done
fi
declare -a RESULTS
for scenario in "${SCENARIOS[@]}"; do
	IFS='|' read -r name who path class <<<"$scenario"
	[[ "$class" == baseline || "$name" =~ $ONLY ]] || continue
	run "$who" "$path" "$WARMUP" >/dev/null
	line=$(run "$who" "$path" "$DURATION")
	RESULTS+=("$name|$who|$path|$class|$line")
	echo "  $name: $line" >&2
done
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=

# --- the table --------------------------------------------------------------------------------------------------
{
	echo "# Socle over HTTP, scale $SCALE"
	echo
	echo "$VOLUMES; the 500-place establishment (#$ESTABLISHMENT, $REGION) has $PRESENT people present."
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) after the run;"
	echo "wrk $THREADS threads, $CONNECTIONS connections, one $PREWARM warm-up pass over every page, then $WARMUP warm-up + $DURATION per page; JAVA_OPTS='${JAVA_OPTS:-}';"
	echo "$(java -version 2>&1 | head -1). Start-up: serving after ${SERVING%.*} s, ready after ${READY%.*} s (n/a: REUSE)."
	echo
	printf '%s\n' "${RESULTS[@]}" | awk -F'|' '
		{ split($5, r, " "); n++; name[n] = $1; who[n] = $2; path[n] = $3; class[n] = $4
		  rps[n] = r[2]; p50[n] = r[3]; p95[n] = r[4]; p99[n] = r[5]; bad[n] = r[7] + r[8]
		  if ($4 == "baseline" && r[6] > 0) { brps += r[2]; bp95 += r[4]; nb++ } }
		END {
		  if (nb == 0) { print "The login page did not answer during the run: no baseline."; exit 1 }
		  brps /= nb; bp95 /= nb
		  printf "Baseline (mean of the two login-page runs): %.0f requests/s, p95 %.1f ms.\n\n", brps, bp95
		  print "| page | as | req/s | p50 ms | p95 ms | p99 ms | req/s ÷ baseline | p95 ÷ baseline | budget | verdict |"
		  print "|---|---|---:|---:|---:|---:|---:|---:|---|---|"
		  fails = 0
		  for (i = 1; i <= n; i++) {
		    min = (class[i] == "list") ? 1 / 3 : (class[i] == "heavy") ? 1 / 5 : 0
		    budget = (class[i] == "list") ? "≥ 1/3, p95 ≤ 3×" : (class[i] == "heavy") ? "≥ 1/5, p95 ≤ 3×" : \
		             (class[i] == "export") ? "streams (heap)" : "baseline"
		    verdict = "—"
		    if (min > 0) verdict = (rps[i] >= min * brps && p95[i] <= 3 * bp95) ? "PASS" : "FAIL"
		    if (bad[i] > 0) verdict = "FAIL (" bad[i] " not 200)"
		    if (rps[i] == 0) verdict = "FAIL (no answer within the run)"
		    if (verdict ~ /FAIL/) fails++
		    printf "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.1f | %s | %s |\n", name[i], who[i], rps[i], p50[i],
		           p95[i], p99[i], rps[i] / brps, p95[i] / bp95, budget, verdict
		  }
		  printf "\n%d page(s) over budget.\n", fails
		}'
	echo
	awk '{ if ($2 > rss) rss = $2; if ($3 > heap) heap = $3 } END {
		printf "Server memory during the load: RSS up to %.0f MB, heap in use up to %s MB (jstat, every second).\n",
		       rss / 1024, heap }' "$OUT/memory.txt"
	tail -n +"$((gc_start + 1))" "$OUT/gc.log" | grep -o 'Pause[^)]*)\( ([^)]*)\)\? .*ms' | awk '
		{ ms = $NF; sub(/ms/, "", ms); n++; total += ms; if (ms > max) max = ms }
		END { printf "GC during the load: %d pauses, %.0f ms in total, longest %.1f ms (-Xlog:gc, %s).\n", n, total, max,
		      "target/benchmarks/http-'"$SCALE"'/gc.log" }'
	grep -m1 'Using ' "$OUT/gc.log" | sed 's/^\[[^]]*\]/GC:/' || true
} | tee "$OUT/../http-$SCALE.md"
