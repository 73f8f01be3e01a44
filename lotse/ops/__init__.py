"""Ops app: health and readiness, Prometheus metrics, structured logs, graceful DB outages."""
