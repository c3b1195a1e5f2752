-- wrk script: MCP tools/call in the stateless era (2026-07-28), one request shape per run.
-- Environment: MCP_KEY (API key), MCP_TOOL (rules_for_path | get_standard | search, or the
-- REST reference shapes rest_standard | rest_search, which GET the same data from /api/v1),
-- MCP_QUERY (search only), MCP_STANDARDS (how many std-NNNNN slugs exist), MCP_MODULES.
-- Every response is checked: HTTP 200, no JSON-RPC error, no tool error (isError: true), and
-- for search at least one hit. done() prints one RESULT line with the latency percentiles
-- (wrk's histogram, in microseconds) and the failure counts summed over threads.
local key = os.getenv("MCP_KEY")
local tool = os.getenv("MCP_TOOL")
local query = os.getenv("MCP_QUERY") or "error"
local n_std = tonumber(os.getenv("MCP_STANDARDS") or "9000")
local modules = tonumber(os.getenv("MCP_MODULES") or "3000")
local meta = '"_meta":{"io.modelcontextprotocol/protocolVersion":"2026-07-28",'
  .. '"io.modelcontextprotocol/clientCapabilities":{}}'
local headers = {
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json, text/event-stream",
  ["Authorization"] = "Bearer " .. key,
  ["MCP-Protocol-Version"] = "2026-07-28",
  ["Mcp-Method"] = "tools/call",
  ["Mcp-Name"] = tool,
}

local threads = {}
local counter = 1
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(id * 7919 + os.time())
  non200, rpc_errors, tool_errors, empty, bytes, responses = 0, 0, 0, 0, 0, 0
end

-- A file path somewhere in the generated tree: TypeScript under an even module, Python under
-- an odd one (a tenth of them in the excluded generated/ folder), or a file no module owns.
local function path()
  local r = math.random(100)
  local m = math.random(0, modules - 1)
  if r <= 45 then
    m = m - m % 2
    return string.format("src/mod%d/feature%d/widget%d.ts", m, math.random(50), math.random(500))
  elseif r <= 81 then
    m = m - m % 2 + 1
    return string.format("services/svc%d/handlers/h%d.py", m, math.random(500))
  elseif r <= 85 then
    m = m - m % 2 + 1
    return string.format("services/svc%d/generated/pb%d.py", m, math.random(500))
  elseif r <= 95 then
    return string.format("tests/unit/test_%d.py", math.random(1000))
  else
    return string.format("docs/guide%d.md", math.random(100))
  end
end

local function arguments()
  if tool == "rules_for_path" then
    return string.format('{"path":"%s"}', path())
  elseif tool == "get_standard" then
    return string.format('{"slug":"std-%05d"}', math.random(0, n_std - 1))
  elseif tool == "search" then
    return string.format('{"query":"%s"}', query)
  end
  error("unknown MCP_TOOL " .. tostring(tool))
end

local rest = tool:sub(1, 5) == "rest_"
local rest_headers = { ["Authorization"] = "Bearer " .. key, ["Accept"] = "application/json" }

function request()
  if tool == "rest_standard" then
    return wrk.format("GET", string.format("/api/v1/orgs/bench/spaces/default/standards/std-%05d",
      math.random(0, n_std - 1)), rest_headers)
  elseif tool == "rest_search" then
    return wrk.format("GET", "/api/v1/orgs/bench/search?limit=10&q=" .. query, rest_headers)
  end
  local body = string.format('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"%s","arguments":%s,%s}}',
    tool, arguments(), meta)
  return wrk.format("POST", "/mcp", headers, body)
end

function response(status, hdrs, body)
  responses = responses + 1
  bytes = bytes + #body
  if status ~= 200 then
    non200 = non200 + 1
    if non200 <= 3 then io.stderr:write("status " .. status .. ": " .. body:sub(1, 300) .. "\n") end
  elseif not rest and not body:find('"resultType":"complete"', 1, true) then
    rpc_errors = rpc_errors + 1
    if rpc_errors <= 3 then io.stderr:write("no result: " .. body:sub(1, 300) .. "\n") end
  elseif body:find('"isError":true', 1, true) then
    tool_errors = tool_errors + 1
    if tool_errors <= 3 then io.stderr:write("tool error: " .. body:sub(1, 300) .. "\n") end
  elseif (tool == "search" or tool == "rest_search") and body:find('"hits":[]', 1, true) then
    empty = empty + 1
  end
end

function done(summary, latency, requests)
  local t = { non200 = 0, rpc_errors = 0, tool_errors = 0, empty = 0, bytes = 0, responses = 0 }
  for _, thread in ipairs(threads) do
    for k in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50_us=%d p75_us=%d p90_us=%d p95_us=%d p99_us=%d max_us=%d mean_us=%.0f "
      .. "checked=%d non200=%d rpc_errors=%d tool_errors=%d empty=%d avg_bytes=%.0f socket_errors=%d\n",
    summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(75), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean,
    t.responses, t.non200, t.rpc_errors, t.tool_errors, t.empty,
    t.responses > 0 and t.bytes / t.responses or 0,
    e.connect + e.read + e.write + e.timeout))
end
