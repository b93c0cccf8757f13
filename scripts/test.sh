#!/usr/bin/env bash
# Set-up command 2: install the Debian packages, build with tests, and run every test
# through ctest. Widget tests run offscreen, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake --preset dev
cmake --build --preset dev
# Test-only npm packages for the FHIR R4 schema check (pinned in tests/fhir/package-lock.json).
npm ci --prefix tests/fhir --no-audit --no-fund --silent
QT_QPA_PLATFORM=offscreen ctest --preset dev
