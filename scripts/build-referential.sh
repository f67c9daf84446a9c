#!/usr/bin/env bash
# Regenerates the bundled commune referential of cpts-core from the npm package
# @etalab/decoupage-administratif (MIT code, data under Licence Ouverte / Etalab 2.0).
#
# Usage: scripts/build-referential.sh [VERSION]      (default 6.0.0)
# Needs: npm, python3. CI never runs this script: its output is committed.
set -euo pipefail
version="${1:-6.0.0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/cpts-core/src/main/resources/io/github/cptssdk/core/territory/internal"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

(cd "$tmp" && npm pack --silent "@etalab/decoupage-administratif@$version" >/dev/null && tar xzf ./*.tgz)
python3 "$root/scripts/build_referential.py" "$tmp/package" "$out/referential.tsv.gz"
sha="$(sha256sum "$out/referential.tsv.gz" | cut -d' ' -f1)"
sed -i "s/^sha256: .*/sha256: $sha/" "$out/README.md"
echo "referential.tsv.gz sha256 $sha"
