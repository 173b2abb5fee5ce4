-- wrk script for bench/knowledge.sh: requests the paths listed in the file $PATHS (one a line) in turn,
-- each thread from its own starting point, with the headers given by -H; prints one summary line
-- (requests, errors, requests/s, p50, p99, max in ms) that knowledge.sh parses.
local paths = {}
local next_path = 1
local thread_count = 0

function setup(thread)
  thread:set("offset", thread_count * 97)
  thread_count = thread_count + 1
end

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  next_path = (offset or 0) % #paths + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50=%.2f p99=%.2f max=%.2f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
