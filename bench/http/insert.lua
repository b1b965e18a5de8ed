-- SPDX-License-Identifier: MIT
-- POST /api/v1/ticket: a new open ticket for one of the demo customers.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local customers = { "Acme Corporation", "Globex", "Initech" }
local priorities = { "Low", "Medium", "High", "Urgent" }
local counter = 0

function init(args) common.seed() end

function request()
  counter = counter + 1
  local body = string.format(
    '{"subject":"Bench insert %d-%d","customer":"%s","priority":"%s","status":"Open"}',
    math.random(1, 1e9), counter, customers[math.random(1, #customers)],
    priorities[math.random(1, #priorities)])
  return wrk.format("POST", "/api/v1/ticket",
    common.headers({ ["Content-Type"] = "application/json" }), body)
end

done = common.done
