-- SPDX-License-Identifier: MIT
-- PUT /api/v1/ticket/{name}: a new priority on a random seeded ticket (merge, no
-- _version, so concurrent updates of the same row do not conflict).
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local priorities = { "Low", "Medium", "High", "Urgent" }

function init(args) common.seed() end

function request()
  local body = string.format('{"priority":"%s"}', priorities[math.random(1, #priorities)])
  return wrk.format("PUT", "/api/v1/ticket/" .. common.randomName(),
    common.headers({ ["Content-Type"] = "application/json" }), body)
end

done = common.done
