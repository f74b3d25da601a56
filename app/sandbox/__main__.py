"""``python -m app.sandbox [--host 127.0.0.1] [--port 8787]`` (``toco-uploader sandbox``)."""

from __future__ import annotations

import argparse
import contextlib

from app.sandbox.server import DEFAULT_HOST, DEFAULT_PORT, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="toco-uploader sandbox", description="Run the local Toco partner API sandbox."
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to bind (loopback default)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument(
        "--live-after",
        type=float,
        default=None,
        help="seconds before an accepted product goes live",
    )
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.host, args.port, live_after=args.live_after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
