"""`python -m twilio_calls`: the `twilio-calls` command line, the same entry point as the console script."""

from __future__ import annotations

import sys

from twilio_calls._cli import main

if __name__ == "__main__":
    sys.exit(main())
