"""The load generator: a second process that keeps HTTP/1.1 connections busy.

Reads a JSON list of runs on stdin, writes a JSON list of results on stdout. Each run:
``{"name", "paths": [...], "cookie": str|None, "unique": bool, "concurrency": int,
"duration": seconds, "max_requests": int}``. `unique` appends a counter to the query
string, so that every request misses the page cache (an "uncached" run). Standard
library only: threads with keep-alive `http.client` connections; bounded in time and
in count.
"""

import http.client
import itertools
import json
import sys
import threading
import time


def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


def run_one(host, port, spec):
    paths = spec["paths"]
    cookie = spec.get("cookie")
    unique = spec.get("unique", False)
    deadline = time.monotonic() + spec["duration"]
    budget = spec["max_requests"]
    counter = itertools.count()
    lock = threading.Lock()
    latencies, errors, sizes, queries = [], [], [], []

    def worker():
        connection = http.client.HTTPConnection(host, port, timeout=30)
        headers = {"Host": f"{host}:{port}", "User-Agent": "mao-bench"}
        if cookie:
            headers["Cookie"] = cookie
        while time.monotonic() < deadline:
            n = next(counter)
            if n >= budget:
                break
            path = paths[n % len(paths)]
            if unique:
                path += ("&" if "?" in path else "?") + f"bench={n}"
            started = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - started
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = http.client.HTTPConnection(host, port, timeout=30)
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
                with lock:
                    errors.append(f"{path}: {type(error).__name__}: {error}")
                continue
            with lock:
                if status != 200:
                    errors.append(f"{path}: HTTP {status}")
                else:
                    latencies.append(elapsed)
                    sizes.append(len(body))
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(spec.get("concurrency", 4))]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "name": spec["name"],
        "requests": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "seconds": wall,
        "throughput": len(latencies) / wall if wall else 0.0,
        "p50_ms": (percentile(latencies, 0.50) or 0) * 1000,
        "p95_ms": (percentile(latencies, 0.95) or 0) * 1000,
        "p99_ms": (percentile(latencies, 0.99) or 0) * 1000,
        "bytes": int(sum(sizes) / len(sizes)) if sizes else 0,
        "queries": queries,
    }


def main():
    job = json.load(sys.stdin)
    results = [run_one(job["host"], job["port"], spec) for spec in job["runs"]]
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
