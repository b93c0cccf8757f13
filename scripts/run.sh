#!/usr/bin/env bash
# Set-up command 1: install the Debian packages, build Tandem, create the synthetic demo
# store at the per-user default location if there is none, and open the GUI on it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset release
cmake --build --preset release

demo_store="${XDG_DATA_HOME:-$HOME/.local/share}/Tandem/demo.tandem"
if [ ! -f "$demo_store" ]; then
  echo "Creating the demo store (synthetic families only) at $demo_store ..."
  ./build/release/src/tandem-cli demo --store "$demo_store" --families 200
fi

echo "Demo users: admin, hv, cc, lead. Demo passphrase: tandem-demo-2026"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No graphical display found. Run this from a desktop session to see Tandem's window." >&2
  exit 1
fi
exec ./build/release/src/tandem "$demo_store"
