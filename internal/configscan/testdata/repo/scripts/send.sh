#!/bin/sh
# Sends a test message.
set -eu
curl -sS -u "$WHISPIR_USER:$WHISPIR_PASSWORD" \
  "https://api.whispir.com/messages?apikey=$WHISPIR_API_KEY" \
  -H 'Content-Type: application/vnd.whispir.message-v1+json' \
  -d @message.json
