#!/usr/bin/env bash
# A short tour of the bundled codes; `make run` passes the peer-ethics binary as $1.
set -euo pipefail
PE="${1:-peer-ethics}"

step() { printf '\n\033[1m$ peer-ethics %s\033[0m\n' "$*"; "$PE" "$@"; }

step codes
step show wa.conduct.5 --edition current
step show wa.conduct.5 --edition draft
step redline wa --format term
step diff wa@current wa@draft
step search gift
