-- wrk script for bench/baseline.sh: sends the session cookie of SOCLE_SESSION when set, and prints one
-- machine-readable line at the end: requests, errors, req/s and the latency percentiles in milliseconds.
local session = os.getenv("SOCLE_SESSION")
if session and session ~= "" then
	wrk.headers["Cookie"] = "SESSION=" .. session
end

function done(summary, latency, requests)
	local errors = summary.errors.connect + summary.errors.read + summary.errors.write
		+ summary.errors.status + summary.errors.timeout
	io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f\n",
		summary.requests, errors, summary.requests / (summary.duration / 1e6),
		latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
