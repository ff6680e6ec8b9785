#!/usr/bin/env bash
# The images' entrypoint. A variable whose value is "@secret:NAME" gets the content of the generated secret
# /run/oc-secrets/NAME (written by the compose file's one-shot "secrets" service), so the JVM still sees plain
# environment variables and nothing secret is in the compose file. Then Java starts with the prod profile
# (services) or as given (the simulator: ENTRY_ARGS empty).
set -euo pipefail
for name in $(compgen -e); do
  value="${!name}"
  if [[ "$value" == @secret:* ]]; then
    file="${SECRETS_DIR:-/run/oc-secrets}/${value#@secret:}"
    if [[ ! -s "$file" ]]; then
      echo "entrypoint: $name names the secret ${value#@secret:}, but $file is missing or empty" >&2
      exit 1
    fi
    export "$name=$(<"$file")"
  fi
done
exec java -jar /app/app.jar ${ENTRY_ARGS-"--spring.profiles.active=prod"} "$@"
