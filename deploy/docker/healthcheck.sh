#!/usr/bin/env bash
# healthcheck.sh PORT [PATH]: with a PATH, an HTTP GET on 127.0.0.1 that must answer 200 with status UP;
# without, the port must accept a connection. Bash only: the JRE image has neither curl nor wget.
set -euo pipefail
exec 3<>"/dev/tcp/127.0.0.1/$1"
[[ $# -lt 2 ]] && exit 0
printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3
response="$(cat <&3)"
[[ "$response" == "HTTP/1.1 200"* && "$response" == *'"status":"UP"'* ]]
