-- SPDX-License-Identifier: MIT
-- Shared by the wrk scripts of bench/http (loaded with dofile): the bearer token from
-- BENCH_TOKEN, random document names, and one machine-readable summary line.
local common = {}

common.token = os.getenv("BENCH_TOKEN") or ""
common.rows = tonumber(os.getenv("BENCH_ROWS") or "100000")
common.prefix = os.getenv("BENCH_NAME_PREFIX") or "TKT-"
common.width = tonumber(os.getenv("BENCH_NAME_WIDTH") or "5")

function common.headers(extra)
  local headers = { ["Accept"] = "application/json" }
  if common.token ~= "" then
    headers["Authorization"] = "Bearer " .. common.token
  end
  for k, v in pairs(extra or {}) do headers[k] = v end
  return headers
end

-- A name among the seeded rows (TKT-00001 ... TKT-100000): the series counter is
-- zero-padded to its width and grows past it.
function common.randomName()
  return string.format("%s%0" .. common.width .. "d", common.prefix, math.random(1, common.rows))
end

function common.seed()
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end

-- One line run.sh reads: rate, latency percentiles in ms, errors.
function common.done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    "BENCH requests=%d rps=%.1f p50_ms=%.3f p95_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, errors))
end

return common
