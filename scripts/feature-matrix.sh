#!/usr/bin/env bash
# The feature matrix and the packaging check (CI).
#
#   scripts/feature-matrix.sh                 everything below
#   scripts/feature-matrix.sh --allow-dirty   the same on a working tree with
#                                             uncommitted changes (cargo package
#                                             refuses one otherwise)
#
# 1. `cargo check` of the umbrella crate and of both transports with every
#    feature combination users can pick: no default features, each transport
#    alone, both, rustls or native-tls, everything; and, for the umbrella,
#    every feature of its manifest alone (so a feature added later is
#    compiled on its own without editing this list). The library is checked
#    for every combination; tests, examples and benches (`--all-targets`) for
#    the defaults, no default features and all features, since their
#    dev-dependencies turn the transports' rustls on anyway and would hide
#    a native-tls-only build.
# 2. `cargo package` of every published crate, which checks that each
#    package holds its README and both license files, and builds each one
#    from its tarball alone. The crates depend on each other by version
#    (tryterra-reqwest on tryterra-core 0.1.0, …), and none is published
#    yet; cargo packages them together and resolves those dependencies to
#    the just-made tarballs (a temporary local registry), so every crate is
#    verified, not only tryterra-core. Should that ever fail for a crate
#    whose dependencies are not on crates.io, `cargo package --no-verify -p
#    <crate>` still checks its contents.
#
# native-tls needs OpenSSL's headers and pkg-config; run as root, the script
# installs them (Debian/Ubuntu) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
# One-shot checks of many feature sets: incremental caches would only cost
# disk (several GB over the matrix) and time. CI exports the same.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

ALLOW_DIRTY=()
case "${1:-}" in
  --allow-dirty) ALLOW_DIRTY=(--allow-dirty) ;;
  "") ;;
  -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--allow-dirty]" >&2; exit 2 ;;
esac

PUBLISHED=(tryterra-core tryterra-reqwest tryterra-ureq tryterra-mock tryterra tryterra-cli)

step() { printf '\n==> %s\n' "$*"; }
run() { printf '+ %s\n' "$*"; "$@"; }

step "native-tls prerequisites (libssl-dev, pkg-config)"
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openssl; then
  echo "openssl $(pkg-config --modversion openssl) found"
elif [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libssl-dev pkg-config >/dev/null
  echo "installed libssl-dev and pkg-config"
else
  echo "error: native-tls needs OpenSSL's headers and pkg-config (apt-get install libssl-dev pkg-config)" >&2
  exit 1
fi

step "umbrella crate (tryterra)"
run cargo check -p tryterra --all-targets
run cargo check -p tryterra --all-targets --no-default-features
run cargo check -p tryterra --all-targets --all-features
for features in \
  reqwest,rustls ureq,rustls reqwest,ureq,rustls \
  reqwest,native-tls ureq,native-tls reqwest,ureq,native-tls \
  reqwest,ureq,rustls,native-tls; do
  run cargo check -p tryterra --lib --no-default-features --features "$features"
done
# Every feature of the manifest on its own, including ones added after this
# script was written (they show up in `cargo metadata`).
umbrella_features=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys
meta = json.load(sys.stdin)
pkg = next(p for p in meta["packages"] if p["name"] == "tryterra")
print(" ".join(sorted(f for f in pkg["features"] if f != "default")))')
for feature in $umbrella_features; do
  run cargo check -p tryterra --lib --no-default-features --features "$feature"
done

for transport in tryterra-reqwest tryterra-ureq; do
  step "transport $transport"
  run cargo check -p "$transport" --all-targets
  run cargo check -p "$transport" --all-targets --no-default-features
  run cargo check -p "$transport" --lib --no-default-features --features rustls
  run cargo check -p "$transport" --lib --no-default-features --features native-tls
  run cargo check -p "$transport" --all-targets --all-features
done

step "cargo package --list: README and both licenses in every package"
for crate in "${PUBLISHED[@]}"; do
  list=$(cargo package --list "${ALLOW_DIRTY[@]}" -p "$crate")
  for file in README.md LICENSE-MIT LICENSE-APACHE; do
    if ! grep -qx "$file" <<<"$list"; then
      echo "error: the package of $crate has no $file" >&2
      exit 1
    fi
  done
  echo "$crate: README.md LICENSE-MIT LICENSE-APACHE"
done

step "cargo package (each crate built from its tarball)"
# Cargo unpacks the temporary registry's tarballs under
# $CARGO_HOME/registry/src/-<hash>/ (the hash comes from the checkout's
# path) and never unpacks a name-version pair again once it is there, and
# the verify build in target/package reuses its artifacts by version. On a
# machine that kept its cargo home from an earlier run, the packages would
# be verified against the earlier sources of tryterra-core & co (the version
# stays 0.1.0 until a release). Both are removed first, so each run builds
# what this checkout packs.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
target_dir=$(cargo metadata --no-deps --format-version 1 |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
for crate in "${PUBLISHED[@]}"; do
  for unpacked in "$cargo_home"/registry/src/-*/"$crate"-[0-9]*; do
    if [[ -e $unpacked ]]; then run rm -rf "$unpacked"; fi
  done
done
run rm -rf "$target_dir/package"
package_args=()
for crate in "${PUBLISHED[@]}"; do package_args+=(-p "$crate"); done
run cargo package "${ALLOW_DIRTY[@]}" "${package_args[@]}"

step "feature matrix and packaging: ok"
