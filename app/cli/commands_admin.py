"""Commands around the sheets: store ``profiles``, the job ``history``, the local ``sandbox``."""

from __future__ import annotations

import argparse
import json
import sys
import time
from contextlib import suppress
from typing import Any

from app.cli.credentials import ask_secrets
from app.cli.exits import EXIT_INPUT, EXIT_OK, UsageError
from app.cli.running import open_journal
from app.profiles import Profile, ProfileStore, SecretStore
from app.profiles.secret_rules import check_credential


def cmd_sandbox(args: argparse.Namespace) -> int:
    from app.sandbox import serve

    with suppress(KeyboardInterrupt):
        serve(args.host, args.port, live_after=args.live_after)
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    with open_journal() as journal:
        jobs = [journal.job(args.job)] if args.job else journal.jobs(args.limit)
        if args.job and jobs[0] is None:
            raise UsageError(f"There is no job {args.job} in the journal.")
        found = [j for j in jobs if j is not None]
        data: list[dict[str, Any]] = [
            {
                "id": j.id,
                "kind": j.kind,
                "state": j.state,
                "started": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(j.created_at)),
                "source": j.source,
                "sheet": j.sheet,
                "store": j.base_url,
                "summary": j.summary,
                "requests": [
                    {
                        "chunk": c.seq,
                        "state": c.state,
                        "requestId": c.request_id,
                        "batchId": c.batch_id,
                    }
                    for c in journal.chunks(j.id)
                ],
            }
            for j in found
        ]
    if args.json:
        json.dump(data, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not data:
        print("No jobs yet.")
    for job in data:
        summary = ", ".join(f"{n} {s}" for s, n in job["summary"].items()) or "—"
        print(
            f"#{job['id']}  {job['started']}  {job['kind']:<6} {job['state']:<9} "
            f"{summary}  {job['source']}"
        )
        if args.job:
            for c in job["requests"]:
                print(
                    f"    chunk {c['chunk']}: {c['state']}, request id {c['requestId']}, "
                    f"batch id {c['batchId']}"
                )
    return EXIT_OK


def cmd_profiles(args: argparse.Namespace) -> int:
    store = ProfileStore()
    if args.action == "list":
        profiles = store.list()
        if not profiles:
            print("No store profiles yet: add one with `toco-uploader profiles add NAME`.")
        for p in profiles:
            print(
                f"{p.name}\t{p.environment.value}\t{p.base_url}\tpartner client id "
                f"{p.partner_client_id}\tstore client id {p.store_client_id}"
            )
        return EXIT_OK
    if not args.name:
        raise UsageError(f"profiles {args.action} needs a profile NAME")
    if args.action == "remove":
        removed = store.remove(args.name)
        SecretStore().delete_all(args.name)
        print(f"Removed {args.name}." if removed else f"There is no profile {args.name!r}.")
        return EXIT_OK if removed else EXIT_INPUT
    for option in ("partner_client_id", "store_client_id"):
        if not getattr(args, option):
            raise UsageError(f"profiles add needs --{option.replace('_', '-')}")
    profile = Profile.create(
        args.name,
        args.environment,
        args.partner_client_id,
        args.store_client_id,
        base_url=args.base_url,
    )
    partner_secret, store_token = ask_secrets()
    check_credential("partner_secret", partner_secret)  # both checked before either is saved
    check_credential("store_token", store_token)
    secrets = SecretStore()
    secrets.set(profile.name, "partner_secret", partner_secret)
    secrets.set(profile.name, "store_token", store_token)
    store.save(profile)
    print(
        f"Saved {profile.name} ({profile.environment.value}, {profile.base_url}); "
        "its secrets are in the system keyring."
    )
    return EXIT_OK
