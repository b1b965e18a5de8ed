-- SPDX-License-Identifier: MIT
-- The soak's mixed traffic (soak.sh): of every 100 requests, 50 reads of one ticket,
-- 25 lists of 20 (filter + sort), 10 inserts, 13 updates and 2 password logins (each an
-- argon2id check and a new session). BENCH_DELAY_MS (default 0) is the pause before each
-- request on a connection: soak.sh sets it to hold a target rate.
local common = dofile(os.getenv("BENCH_DIR") .. "/common.lua")

local password = os.getenv("BENCH_PASSWORD") or ""
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local list = "/api/v1/ticket?filters=%5B%5B%22status%22%2C%22%3D%22%2C%22Open%22%5D%5D"
  .. "&order_by=modified%20desc&limit=20"
local customers = { "Acme Corporation", "Globex", "Initech" }
local priorities = { "Low", "Medium", "High", "Urgent" }
local json = { ["Content-Type"] = "application/json" }
local counter = 0

function init(args) common.seed() end

function delay() return pause end

function request()
  local pick = math.random(1, 100)
  if pick <= 50 then
    return wrk.format("GET", "/api/v1/ticket/" .. common.randomName(), common.headers())
  elseif pick <= 75 then
    return wrk.format("GET", list, common.headers())
  elseif pick <= 85 then
    counter = counter + 1
    local body = string.format(
      '{"subject":"Soak insert %d-%d","customer":"%s","priority":"%s","status":"Open"}',
      math.random(1, 1e9), counter, customers[math.random(1, #customers)],
      priorities[math.random(1, #priorities)])
    return wrk.format("POST", "/api/v1/ticket", common.headers(json), body)
  elseif pick <= 98 then
    local body = string.format('{"priority":"%s"}', priorities[math.random(1, #priorities)])
    return wrk.format("PUT", "/api/v1/ticket/" .. common.randomName(), common.headers(json), body)
  end
  local body = string.format('{"email":"Administrator","password":"%s"}', password)
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" }, body)
end

done = common.done
