"""``toco-uploader validate FILE --json`` on the merchant workbook, whole process, side by side.

    python benchmarks/bench_validate.py [--rows 50000] [--runs 3] [--quick]

The workbook is ``benchmarks/data.py``'s (names and ids mixed, so the store's data is
needed): a sandbox runs as its own process and the command runs with the demo store's TOCO_*
credentials, the tree cached by the warm-up run as a merchant's second run would have it.
Figures, each against a baseline measured in the same run:

- ``validate``: the whole process, against python-calamine's bare read of the sheet (a
  ``python -c`` process: import, open, ``to_python()``); target ≤ 2.0×;
- the same in CPU (the process and its reading child; calamine's process): what a loaded
  machine's scheduler does not blur;
- the command's start until it starts the reading child (imports, the parse), CPU, against a
  bare interpreter;
- ``validate vs pandas``: against ``pandas.read_excel(engine="openpyxl")`` (whole process);
  target: faster (< 1.0×); "skipped: pandas not installed" when it is not;
- ``validation of read rows``: building and checking the table from rows already read and
  mapped, against the store's data, in this process; target ≤ 0.5 s for 50,000 rows;
- the other steps of the command in this process (read, JSON output), for the profile; and the
  read in the bounded child (spawn, import, pickled cells back) against the same read in process.

Every process runs with its bytecode written and used, as an installed app's is (pip and the
bundle compile it): ``PYTHONDONTWRITEBYTECODE`` is dropped and the bytecode kept under the
benchmark cache (``PYTHONPYCACHEPREFIX``), written by each pair's warm-up run. Without it every
run compiled the app's ~300 modules again (≈ 0.25 s CPU of the 10,000-row command); the
baselines import only installed packages, compiled already.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common
from benchmarks.data import LARGE, SHEET, SMALL, merchant_workbook

CALAMINE = (
    "import sys; from python_calamine import load_workbook; "
    "load_workbook(sys.argv[1]).get_sheet_by_name(sys.argv[2]).to_python()"
)
#: What the command line does before it starts the reading child (its imports, the parse).
BEFORE_THE_CHILD = (
    "import app.cli; from app.cli.parser import build_parser; "
    "build_parser().parse_args(['validate', 'produk.xlsx', '--json']); "
    "import app.cli.commands_sheet, app.sheets.bounded"
)
PANDAS = (
    "import sys, pandas; pandas.read_excel(sys.argv[1], sheet_name=sys.argv[2], engine='openpyxl')"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = args.rows or (SMALL if common.quick() else LARGE)
    runs = args.runs or (2 if common.quick() else 3)
    path = merchant_workbook(rows)
    py = sys.executable
    with common.sandbox_process() as sandbox:
        env = installed_bytecode(sandbox.env)
        validate = [py, "-m", "app", "validate", str(path), "--json"]
        pair = common.paired(
            lambda: common.run_process(validate, env=env),
            lambda: common.run_process([py, "-c", CALAMINE, str(path), SHEET], env=env),
            runs=runs,
        )
        common.figure(
            "validate --json, whole process",
            pair.median("a"),
            baseline=pair.median("b"),
            baseline_name="calamine bare read, whole process",
            ratio=pair.ratio(),
            target=2.0,
            rows=rows,
            cpu=pair.median("a", "cpu"),
            peak_mb=pair.median("a", "peak_mb"),
        )
        common.figure(  # what a loaded machine's scheduler does not blur: the CPU of each side
            "validate --json, whole process, CPU (with its reading child)",
            pair.median("a", "cpu"),
            baseline=pair.median("b", "cpu"),
            baseline_name="calamine bare read, CPU",
            ratio=pair.ratio("cpu"),
            rows=rows,
        )
        starting = common.repeated(
            lambda: common.run_process([py, "-c", BEFORE_THE_CHILD], env=env), runs=runs
        )
        bare = common.repeated(lambda: common.run_process([py, "-c", "pass"], env=env), runs=runs)
        common.figure(
            "validate: start until the reading child is started (import, parse), CPU",
            common.median(starting, "cpu"),
            baseline=common.median(bare, "cpu"),
            baseline_name="a bare interpreter, CPU",
        )
        if common.have("pandas"):
            peer = common.paired(
                lambda: common.run_process(validate, env=env),
                lambda: common.run_process([py, "-c", PANDAS, str(path), SHEET], env=env),
                runs=max(1, runs - 1),
                warmup=0,
            )
            common.figure(
                "validate --json vs pandas, whole process",
                peer.median("a"),
                baseline=peer.median("b"),
                baseline_name="pandas.read_excel (openpyxl), whole process",
                ratio=peer.ratio(),
                target=1.0,
                rows=rows,
            )
        else:
            common.skipped("validate --json vs pandas, whole process", "pandas not installed")
        in_process(path, rows, sandbox, runs)
    return 0


def installed_bytecode(env: dict[str, str]) -> dict[str, str]:
    """``env`` with bytecode written and used, under the benchmark cache (not the checkout)."""
    from benchmarks.data import cache_dir

    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache_dir() / "pycache")
    return env


def in_process(path: Path, rows: int, sandbox: common.SandboxProcess, runs: int) -> None:
    """The command's steps one by one, in this process."""
    from app.catalog.table import ProductRow, ProductTable
    from app.cli.output import print_rows
    from app.partner import Credentials, PartnerClient
    from app.reference import gather_store_data
    from app.sandbox import DEMO_CREDENTIALS as D
    from app.sheets import bounded, open_table, read_sheet
    from app.sheets.loading import load_rows, read_with_header, table_cells

    env = sandbox.env
    values = Credentials(
        env["TOCO_BASE_URL"],
        D.partner_client_id,
        D.partner_secret,
        D.store_client_id,
        D.store_token,
    )
    loaded = open_table(path, SHEET)
    with PartnerClient(values) as client:
        names = sorted(
            {
                str(r.cells["brandId"])
                for r in loaded.table.rows
                if isinstance(r.cells.get("brandId"), str)
            }
        )
        data = gather_store_data(
            client, values.base_url, values.store_client_id, brand_names=names
        ).data
    cells = table_cells(loaded.raw, loaded.header_row, loaded.colmap)

    def build() -> ProductTable:
        return ProductTable(
            (ProductRow(r, dict(c)) for r, c in cells), purpose="upload", store_data=data
        )

    checked = common.repeated(lambda: common.run_call(build), runs=runs)
    common.figure(
        "validation of read rows (table built and checked, store data)",
        common.median(checked, "cpu"),
        target=0.5 * rows / LARGE,
        target_of="value",
        rows=rows,
        wall=common.median(checked),
    )
    read = common.repeated(lambda: common.run_call(lambda: read_sheet(path, SHEET)), runs=runs)
    common.figure("read_sheet, in process", common.median(read), rows=rows)
    in_child = common.paired(
        lambda: common.run_call(lambda: bounded.read_with_header(path, SHEET)),
        lambda: common.run_call(lambda: read_with_header(path, SHEET)),
        runs=runs,
    )
    common.figure(
        "sheet read and header found, in the bounded child (what validate does)",
        in_child.median("a"),
        baseline=in_child.median("b"),
        baseline_name="the same in process",
        ratio=in_child.ratio(),
        rows=rows,
    )
    whole = load_rows(loaded.raw, loaded.header_row, loaded.colmap, store_data=data)
    indexes = list(range(len(whole.table)))

    def output() -> None:
        real, sys.stdout = sys.stdout, io.StringIO()
        try:
            print_rows(whole, indexes, "en", True)
        finally:
            sys.stdout = real

    printed = common.repeated(lambda: common.run_call(output), runs=runs)
    common.figure("JSON output (print_rows --json), in process", common.median(printed), rows=rows)


if __name__ == "__main__":
    raise SystemExit(main())
