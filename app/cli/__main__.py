"""``python -m app.cli COMMAND ...`` (the same as ``toco-uploader COMMAND ...``)."""

import sys

from app.cli import main

sys.exit(main())
