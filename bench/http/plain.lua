-- SPDX-License-Identifier: MIT
-- GET of the URL given to wrk (/health, /metrics): the fallback when the REST routes
-- are not there, and a floor for the HTTP layer's own cost.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

function request()
  return wrk.format("GET", nil, common.headers())
end

done = common.done
