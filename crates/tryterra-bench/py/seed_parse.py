"""Parses a Terra webhook body with the seed Python SDK (terra-python 0.0.17).

usage: python seed_parse.py <file.json>

Runs the parsing half of terra.base_client.Terra.handle_webhook:
json.loads of the payload, then TerraWebhookResponse(..., dtype="hook"),
which builds the SDK's dataclasses. The signature check is left out, as
`terra decode event --check` does not verify signatures either.
"""
import json
import sys

from terra.api import api_responses


def main() -> int:
    with open(sys.argv[1], "rb") as f:
        payload = f.read().decode("utf-8")
    parsed = api_responses.TerraWebhookResponse(json.loads(payload), dtype="hook")
    print(type(parsed).__name__, getattr(parsed, "dtype", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
