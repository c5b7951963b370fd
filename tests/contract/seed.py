"""The contract tests' seed: fresh every run (printed in pytest's header and in every failure), or
CONTRACT_SEED=N to replay a run."""

from __future__ import annotations

import os
import secrets


def draw_seed(environ: dict[str, str] | None = None) -> int:
    given = (os.environ if environ is None else environ).get("CONTRACT_SEED", "").strip()
    return int(given) if given else secrets.randbelow(2**16)


SEED = draw_seed()
REPLAY = f"contract seed {SEED} (replay with: CONTRACT_SEED={SEED} python -m pytest tests/contract)"
