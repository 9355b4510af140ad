#!/usr/bin/env bash
# The committed public-API listings, api/<crate>.txt, of the crates whose
# surface users program against: tryterra-core, the umbrella tryterra (with
# every feature, so its `reqwest` and `ureq` modules are included) and the
# two transports it re-exports.
#
#   scripts/public-api.sh           rewrite api/*.txt from the working tree
#   scripts/public-api.sh --check   fail, printing the diff, when api/*.txt
#                                   differs from what the code gives (CI)
#
# A change of the public surface thus shows up in review as a diff of api/.
# After a merge that touched the API on both sides, do not merge api/ by
# hand: run this script and commit what it writes.
#
# The listing comes from cargo-public-api, which reads rustdoc's JSON output
# and so needs a nightly toolchain. Environment:
#   PUBLIC_API_TOOLCHAIN  the toolchain to use (default: nightly)
#   PUBLIC_API_VERSION    the cargo-public-api version to use and, when it is
#                         missing or another version, install (default: the
#                         one the committed listings were made with); the
#                         listing's format can differ between versions
#   PUBLIC_API_TARGET_DIR where to build (default: cargo's usual target
#                         directory, whose nightly artifacts it reuses)
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK=0
case "${1:-}" in
  --check) CHECK=1 ;;
  "") ;;
  -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

TOOLCHAIN="${PUBLIC_API_TOOLCHAIN:-nightly}"
VERSION="${PUBLIC_API_VERSION:-0.52.0}"
if [[ -n "${PUBLIC_API_TARGET_DIR:-}" ]]; then
  export CARGO_TARGET_DIR="$PUBLIC_API_TARGET_DIR"
fi

# crate, then the feature flags its listing is taken with.
LISTINGS=(
  "tryterra-core|"
  "tryterra|--all-features"
  "tryterra-reqwest|--all-features"
  "tryterra-ureq|--all-features"
)

if ! rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1; then
  echo "error: toolchain '$TOOLCHAIN' is not installed (rustup toolchain install $TOOLCHAIN --profile minimal)" >&2
  exit 1
fi
installed="$(cargo public-api --version 2>/dev/null | awk '{print $2}' || true)"
if [[ "$installed" != "$VERSION" ]]; then
  echo "installing cargo-public-api $VERSION (found: ${installed:-none})" >&2
  cargo install cargo-public-api --locked --version "$VERSION" --quiet
fi

out="api"
if [[ $CHECK == 1 ]]; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

for entry in "${LISTINGS[@]}"; do
  crate="${entry%%|*}"
  flags="${entry#*|}"
  echo "listing $crate ${flags}" >&2
  # -s leaves out blanket impls (`impl<T> From<T> for T` and the like), which
  # every type has; auto traits (Send, Sync, Unpin…) stay, since losing one
  # breaks users. Word splitting of $flags is intended.
  # shellcheck disable=SC2086
  cargo "+$TOOLCHAIN" public-api -p "$crate" $flags -s --color never > "$out/$crate.txt.tmp"
  mv "$out/$crate.txt.tmp" "$out/$crate.txt"
done

if [[ $CHECK == 0 ]]; then
  echo "wrote $(printf 'api/%s.txt ' "${LISTINGS[@]%%|*}")" >&2
  exit 0
fi

status=0
for entry in "${LISTINGS[@]}"; do
  crate="${entry%%|*}"
  if [[ ! -f "api/$crate.txt" ]]; then
    echo "error: api/$crate.txt is missing" >&2
    status=1
  elif ! diff -u --label "api/$crate.txt (committed)" --label "api/$crate.txt (from the code)" \
      "api/$crate.txt" "$out/$crate.txt"; then
    status=1
  fi
done
if [[ $status != 0 ]]; then
  echo >&2
  echo "error: the public API differs from the committed listing (diff above)." >&2
  echo "       If the change is intended, run scripts/public-api.sh and commit api/." >&2
  exit 1
fi
echo "public API matches api/" >&2
