-- SPDX-License-Identifier: MIT
-- GET /api/v1/ticket: 20 open tickets, newest first (a quarter of the rows match).
-- BENCH_LIST_QUERY is appended to the query string, e.g. "&count=exact" or "&offset=19980".
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

-- filters=[["status","=","Open"]]&order_by=modified desc&limit=20, URL-encoded.
local path = "/api/v1/ticket?filters=%5B%5B%22status%22%2C%22%3D%22%2C%22Open%22%5D%5D"
  .. "&order_by=modified%20desc&limit=20" .. (os.getenv("BENCH_LIST_QUERY") or "")

function request()
  return wrk.format("GET", path, common.headers())
end

done = common.done
