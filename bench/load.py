"""The load: wrk (Debian's package), one run per row, with a Lua script that only adds
what wrk lacks and reports in JSON.

`run_row(base_url, path, ...)` runs `wrk --latency` for `duration` seconds and returns
requests, throughput, p50/p90/p99 and errors (socket errors, timeouts and non-2xx/3xx
answers as wrk counts them). `unique=True` makes every request's query string unique
(`bench=<run>-<thread>-<n>`), so that each misses the page cache (an "uncached" row).
The script defines `request()` only for those rows: for the others wrk sends its
prepared request, as fast as it can. `probe(...)` fetches a URL once with the standard
library to check its status, size and X-Page-Cache header before a row is loaded (wrk
counts a 302 as a success).
"""

import http.client
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

WRK = shutil.which("wrk") or "/usr/bin/wrk"

SCRIPT = r"""
local made = 0
function setup(thread)
  made = made + 1
  thread:set("thread_id", made)
end

if os.getenv("BENCH_UNIQUE") == "1" then
  local n = 0
  local run = os.getenv("BENCH_RUN") or "0"
  request = function()
    n = n + 1
    local sep = string.find(wrk.path, "?", 1, true) and "&" or "?"
    return wrk.format(nil, wrk.path .. sep .. "bench=" .. run .. "-" ..
      tostring(thread_id or 0) .. "-" .. n)
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "connect": %d, ' ..
    '"read": %d, "write": %d, "status": %d, "timeout": %d, "p50_us": %d, ' ..
    '"p90_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.status, e.timeout, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max))
end
"""


def wrk_version():
    try:
        out = subprocess.run([WRK, "-v"], capture_output=True, text=True, check=False)  # noqa: S603
    except OSError:
        return None
    return (out.stdout + out.stderr).split("\n")[0].split(" Copyright")[0].strip()


def run_row(
    base_url,
    path,
    *,
    duration,
    connections,
    threads,
    cookie=None,
    unique=False,
    run_id="0",
    timeout=30,
):
    threads = max(1, min(threads, connections))
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(SCRIPT)
    command = [
        WRK,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        f"--timeout={timeout}s",
        "--latency",
        "-s",
        script.name,
        "-H",
        "User-Agent: mao-bench-wrk",
    ]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    command.append(base_url + path)
    env = {"BENCH_UNIQUE": "1" if unique else "0", "BENCH_RUN": str(run_id), "PATH": "/usr/bin"}
    try:
        out = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=False, env=env, timeout=duration + 60
        )
    finally:
        Path(script.name).unlink(missing_ok=True)
    line = next((x for x in out.stdout.splitlines() if x.startswith("BENCH_JSON ")), None)
    if out.returncode != 0 or line is None:
        return {
            "requests": 0,
            "throughput": 0.0,
            "p50_ms": 0.0,
            "p90_ms": 0.0,
            "p99_ms": 0.0,
            "bytes": 0,
            "errors": 1,
            "error_samples": [f"wrk failed ({out.returncode}): {out.stderr.strip()[:300]}"],
            "command": command,
        }
    data = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = data["duration_us"] / 1e6 or 1
    requests = data["requests"]
    kinds = {k: data[k] for k in ("connect", "read", "write", "timeout", "status") if data[k]}
    return {
        "requests": requests,
        "seconds": seconds,
        "throughput": requests / seconds,
        "p50_ms": data["p50_us"] / 1000,
        "p90_ms": data["p90_us"] / 1000,
        "p99_ms": data["p99_us"] / 1000,
        "max_ms": data["max_us"] / 1000,
        # Bytes read per response, headers included.
        "bytes": data["bytes"] // requests if requests else 0,
        "errors": sum(kinds.values()),
        "error_samples": [f"{path}: wrk counted {kinds}"] if kinds else [],
        "command": command,
    }


def probe(host, port, path, cookie=None, times=1):
    """GET `path` `times` times; (status, body size, X-Page-Cache) of the last one."""
    headers = {"Host": f"{host}:{port}", "User-Agent": "mao-bench-probe"}
    if cookie:
        headers["Cookie"] = cookie
    result = (0, 0, None)
    for _ in range(times):
        connection = http.client.HTTPConnection(host, port, timeout=60)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read()
            result = (response.status, len(body), response.getheader("X-Page-Cache"))
        except (OSError, http.client.HTTPException) as error:
            result = (f"{type(error).__name__}: {error}", 0, None)
        finally:
            connection.close()
    return result
