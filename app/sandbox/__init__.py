"""A local implementation of the Toco partner API (API.md §6), for demo mode and tests.

It verifies signatures with its own code and never imports the client (``app.partner``).
"""

from app.sandbox.routes import MAX_BATCH, create_app
from app.sandbox.server import RunningSandbox, run_in_thread, serve
from app.sandbox.state import (
    DEMO_CREDENTIALS,
    DemoCredentials,
    Faults,
    FaultsError,
    RowRejection,
    SandboxState,
)

__all__ = [
    "DEMO_CREDENTIALS",
    "MAX_BATCH",
    "DemoCredentials",
    "Faults",
    "FaultsError",
    "RowRejection",
    "RunningSandbox",
    "SandboxState",
    "create_app",
    "run_in_thread",
    "serve",
]
