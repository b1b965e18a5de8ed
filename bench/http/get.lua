-- SPDX-License-Identifier: MIT
-- GET /api/v1/ticket/{name} of a random seeded ticket.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

function init(args) common.seed() end

function request()
  return wrk.format("GET", "/api/v1/ticket/" .. common.randomName(), common.headers())
end

done = common.done
