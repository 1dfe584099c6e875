#!/usr/bin/env bash
# Executes every notebook in notebooks/ against an output folder, as CI does, and keeps what they
# drew: target/notebooks/executed/*.ipynb and *.html, and target/notebooks/png/NOTEBOOK-NN.png.
# A failing cell (a missing table, a plot without data) fails the script.
#
#   notebooks/run-notebooks.sh [OUTPUT]
#
# Without OUTPUT, it first runs the job on seeds/ into target/notebooks/seed-output.
# The Python environment (notebooks/requirements.txt) is made once per version of that file, in
# $NEWSSTANCE_VENV (default ~/.cache/newsstance/notebooks-venv-HASH).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
requirements="$home/notebooks/requirements.txt"
work="$home/target/notebooks"
hash="$(sha256sum "$requirements" | cut -c1-12)"
venv="${NEWSSTANCE_VENV:-$HOME/.cache/newsstance/notebooks-venv-$hash}"
start=$SECONDS

if [ ! -f "$venv/.complete" ]; then
  echo "notebooks: creating $venv from notebooks/requirements.txt ..."
  # Where pip is configured with local indexes only (extra-index-url), name the first as the index:
  # otherwise pip keeps retrying the public index it cannot reach.
  index_args=()
  if [ -z "${PIP_INDEX_URL:-}" ]; then
    read -r -a local_indexes <<<"$(python3 -m pip config get global.extra-index-url 2>/dev/null || true)"
    if [ "${#local_indexes[@]}" -gt 0 ]; then
      index_args=(--index-url "${local_indexes[0]}")
      for extra in "${local_indexes[@]:1}"; do index_args+=(--extra-index-url "$extra"); done
    fi
  fi
  # Made in place (a venv cannot be moved) and marked complete last: an interrupted install is redone.
  rm -rf "$venv"
  mkdir -p "$work"
  python3 -m venv "$venv"
  if ! "$venv/bin/pip" install -q "${index_args[@]}" -r "$requirements" >"$work/pip.log" 2>&1; then
    cat "$work/pip.log" >&2
    exit 1
  fi
  touch "$venv/.complete"
  echo "notebooks: environment ready ($((SECONDS - start)) s)"
fi

mkdir -p "$work"
if [ $# -ge 1 ]; then
  output="$(cd "$1" && pwd)"
else
  output="$work/seed-output"
  echo "notebooks: running the job on seeds/ into $output ..."
  "$home/bin/newsstance" run --output "$output" >"$work/seed-run.log"
fi

rm -rf "$work/executed" "$work/png"
mkdir -p "$work/executed" "$work/png"
for notebook in "$home"/notebooks/*.ipynb; do
  name="$(basename "$notebook" .ipynb)"
  t0=$SECONDS
  NEWSSTANCE_OUTPUT="$output" "$venv/bin/jupyter" nbconvert --to notebook --execute \
    --ExecutePreprocessor.timeout=600 --output-dir "$work/executed" "$notebook" 2>"$work/$name.log" \
    || { cat "$work/$name.log" >&2; echo "notebooks: $name FAILED" >&2; exit 1; }
  "$venv/bin/jupyter" nbconvert --to html "$work/executed/$name.ipynb" >/dev/null 2>&1
  "$venv/bin/python" - "$work/executed/$name.ipynb" "$work/png/$name" <<'PY'
import base64, json, sys
cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
n = 0
for i, cell in enumerate(cells):
    for output in cell.get("outputs", []):
        png = output.get("data", {}).get("image/png")
        if png:
            n += 1
            with open(f"{sys.argv[2]}-{i:02d}.png", "wb") as f:
                f.write(base64.b64decode(png))
print(f"notebooks: {sys.argv[1].rsplit('/', 1)[-1]}: {n} plots")
PY
  echo "notebooks: $name executed in $((SECONDS - t0)) s"
done
echo "notebooks: all executed against $output in $((SECONDS - start)) s; plots in $work/png"
