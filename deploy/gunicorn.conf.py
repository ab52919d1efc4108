"""gunicorn settings for the Met Andere Ogen platform: `gunicorn -c deploy/gunicorn.conf.py`.

Every value can be overridden from the environment (GUNICORN_*), so one file serves
`make prod-local`, the benchmark and a real server.
"""

import multiprocessing
import os

wsgi_app = "cms.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: Django's ORM is synchronous; two per core is the usual start.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
# Load the application once in the master, so that workers start fast and share memory.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then: bounded memory growth, no downtime.
max_requests = 5000
max_requests_jitter = 500
# The TLS proxy in front (nginx, a load balancer) sets X-Forwarded-Proto/-For.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = os.environ.get("GUNICORN_ACCESSLOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "warning")
