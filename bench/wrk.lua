-- wrk script for bench/run.sh.
--
-- Modes (environment variables):
--   WRK_PATHS=<file>   every request takes a random path from the file (one path per line);
--   WRK_UNIQUE=<n>     every request has a query string never sent before (n requests over all threads, then the
--                      threads stop); the paths cycle through the project list, the global search, the
--                      municipality directory and the organisation directory;
--   neither            the URL given on the command line, repeated.
-- At the end one line "RESULT requests seconds rps p50_ms p99_ms max_ms socket_errors non2xx" goes to stdout.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths = nil
local quota = 0
local sent = 0
local answered = 0
local run = os.getenv("WRK_RUN") or tostring(os.time())

function init(args)
  local seed = os.time() * 1000 + (id or 1) * 7919
  math.randomseed(seed)
  for _ = 1, 10 do math.random() end
  local file = os.getenv("WRK_PATHS")
  if file and file ~= "" then
    paths = {}
    for line in io.lines(file) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    if #paths == 0 then error("no paths in " .. file) end
  end
  local unique = tonumber(os.getenv("WRK_UNIQUE") or "")
  if unique and unique > 0 then
    local n = tonumber(os.getenv("WRK_THREADS") or "2") or 2
    quota = math.ceil(unique / n)
  end
end

local templates = {
  function(key, n) return "/projekte?q=wort" .. key .. "&seite=" .. (n % 20 + 1) end,
  function(key, n) return "/suche?q=wort" .. key end,
  function(key, n) return "/kommunen?programm=wort" .. key .. "&seite=" .. (n % 20 + 1) end,
  function(key, n) return "/akteure?q=wort" .. key .. "&seite=" .. (n % 5 + 1) end,
}

-- request() and response() are defined only when needed: with them wrk calls into Lua for every request and
-- keeps every response for the script, which would slow down the load generator for the repeated URLs.
local mode_paths = (os.getenv("WRK_PATHS") or "") ~= ""
local mode_unique = (tonumber(os.getenv("WRK_UNIQUE") or "") or 0) > 0

if mode_paths then
  request = function()
    return wrk.format(nil, paths[math.random(#paths)])
  end
elseif mode_unique then
  request = function()
    sent = sent + 1
    local key = run .. "t" .. (id or 1) .. "n" .. sent
    return wrk.format(nil, templates[sent % #templates + 1](key, sent))
  end
  response = function(status, headers, body)
    answered = answered + 1
    if answered >= quota then wrk.thread:stop() end
  end
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local seconds = summary.duration / 1000000
  local rps = 0
  if seconds > 0 then rps = summary.requests / seconds end
  io.write(string.format("RESULT %d %.3f %.1f %.2f %.2f %.2f %d %d\n",
    summary.requests, seconds, rps,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    socket, non2xx))
end
