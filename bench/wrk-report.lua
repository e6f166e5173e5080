-- wrk script of bench/http.sh: sends the session cookie or bearer token given in the environment (SOCLE_COOKIE,
-- SOCLE_BEARER) and, at the end, prints one machine-readable line:
--   RESULT <requests/s> <p50 ms> <p95 ms> <p99 ms> <requests> <responses other than 200> <socket errors>
-- A page that answers anything but 200 (a redirect to the login page when a session is lost, a 403, a 500) is counted
-- as bad: bench/http.sh fails the line instead of timing an error page.

local cookie = os.getenv("SOCLE_COOKIE")
local bearer = os.getenv("SOCLE_BEARER")
if cookie and cookie ~= "" then
   wrk.headers["Cookie"] = cookie
end
if bearer and bearer ~= "" then
   wrk.headers["Authorization"] = "Bearer " .. bearer
end

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   bad = 0
end

function response(status, headers, body)
   if status ~= 200 then
      bad = bad + 1
   end
end

function done(summary, latency, requests)
   local total_bad = 0
   for _, thread in ipairs(threads) do
      total_bad = total_bad + thread:get("bad")
   end
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests, total_bad, errors))
end
