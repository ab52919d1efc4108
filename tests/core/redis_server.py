"""A throwaway redis-server from Debian's package, for tests that need a real one."""

import shutil
import socket
import subprocess
import tempfile
import time
import unittest

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """`with RedisServer() as url:` starts redis-server on a free port, stops it after."""

    def __enter__(self):
        if not shutil.which("redis-server") and not shutil.which(REDIS_SERVER):
            raise unittest.SkipTest(
                "redis-server is not installed (apt-get install redis-server); "
                ".ci/run installs it, so this runs in CI"
            )
        self.port = free_port()
        self.folder = tempfile.TemporaryDirectory(prefix="mao-redis-")
        self.process = subprocess.Popen(  # noqa: S603
            [
                REDIS_SERVER,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.folder.name,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return f"redis://127.0.0.1:{self.port}/0"
            except OSError:
                time.sleep(0.05)
        self.__exit__()
        raise RuntimeError("redis-server did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)
        self.folder.cleanup()
