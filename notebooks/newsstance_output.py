"""Reading a newsstance output folder from a notebook, and checking that a plot shows data.

The notebooks import this module so that each of them opens the tables the same way the
`newsstance query` command does: the snapshot named by OUTPUT/_CURRENT (the pointer works on every
file system; OUTPUT/current is a symlink on local disks only), every table folder as a DuckDB view
by its name, published_date typed DATE (undated rows, stored under
published_date=__HIVE_DEFAULT_PARTITION__, read as NULL).
"""

import os
import pathlib

import duckdb

HIDDEN = ("_", ".")


def output_folder(default="../output"):
    """The output folder: $NEWSSTANCE_OUTPUT when set (CI sets it), else `default`."""
    return pathlib.Path(os.environ.get("NEWSSTANCE_OUTPUT", default)).expanduser().resolve()


def snapshot_folder(output):
    """The published snapshot of an output folder, or an error that says what to do."""
    output = pathlib.Path(output)
    pointer = output / "_CURRENT"
    if not pointer.is_file():
        raise FileNotFoundError(
            f"{output} has no _CURRENT pointer: no run has published there. "
            f"Run `bin/newsstance run --output {output}` first, or set NEWSSTANCE_OUTPUT.")
    snapshot = output / "snapshots" / pointer.read_text(encoding="utf-8").strip()
    if not snapshot.is_dir():
        raise FileNotFoundError(f"_CURRENT names {snapshot}, which is missing")
    return snapshot


def connect(output):
    """An in-memory DuckDB connection with one view per published table."""
    snapshot = snapshot_folder(output)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    for folder in sorted(snapshot.iterdir()):
        if not folder.is_dir() or folder.name.startswith(HIDDEN):
            continue
        if not any(folder.glob("**/*.parquet")):
            continue  # no file at all: written before empty tables got one; require() reports it
        hive_types = (", hive_types = {'published_date': DATE}"
                      if any(folder.glob("published_date=*")) else "")
        glob = str(folder / "**" / "*.parquet").replace("'", "''")
        con.execute(f'CREATE VIEW "{folder.name}" AS SELECT * FROM read_parquet('
                    f"'{glob}', hive_partitioning = true{hive_types})")
    return con


def require(con, *tables):
    """Fails, naming what is missing, unless every table exists and has rows."""
    views = {row[0] for row in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    missing = [t for t in tables if t not in views]
    empty = [t for t in tables if t in views
             and con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0]
    if missing or empty:
        raise AssertionError(
            f"tables missing: {missing or 'none'}; tables without rows: {empty or 'none'} "
            f"(published tables: {sorted(views)}). This notebook needs output of a run that "
            "publishes them.")


def points(ax):
    """How many data marks an Axes shows: line points, scatter points, bars, images, patches."""
    n = sum(len(line.get_xdata()) for line in ax.get_lines())
    for collection in ax.collections:
        offsets = collection.get_offsets()
        n += len(offsets) if len(offsets) else len(collection.get_paths())
    n += sum(1 for patch in ax.patches if patch.get_visible())
    n += len(ax.images)
    return n


def assert_drew(fig, minimum=1):
    """Fails the notebook (and CI) when a figure draws fewer than `minimum` data marks."""
    drawn = sum(points(ax) for ax in fig.axes)
    assert drawn >= minimum, f"the figure drew {drawn} data marks, expected at least {minimum}"
    return drawn


def cut(text, begin, end):
    """text between two offsets counted in UTF-16 code units, as the job stores them (Java strings).

    Python and DuckDB count code points instead; the two differ after any character outside the
    Basic Multilingual Plane (emoji, for instance), so slicing text[begin:end] would drift there.
    """
    units = text.encode("utf-16-le")
    return units[2 * begin:2 * end].decode("utf-16-le")
