#!/usr/bin/env bash
# Writes secrets.env beside this script for the local overlay's secretGenerator: random values, never
# committed (git-ignored). An existing file is kept, so re-applying does not rotate the secrets.
# OC_MYSQL_PASSWORD is taken from the environment when set (your database's password).
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file="$dir/secrets.env"
if [[ -f "$file" ]]; then
  echo "kept $file"
  exit 0
fi
random() { od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }
umask 077
{
  echo "OC_MYSQL_PASSWORD=${OC_MYSQL_PASSWORD:-$(random)}"
  echo "OC_ASYNC_CLIENT_SECRET=$(random)"
  echo "OC_PAYMENT_CALLBACK_SECRET=$(random)"
  echo "OC_CURSOR_SECRET=$(random)"
} > "$file"
echo "wrote $file"
