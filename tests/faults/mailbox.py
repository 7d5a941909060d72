"""An e-mail backend for the worker fault test: writes each message to a folder, after an optional pause.

Configured by environment, because it runs in a separate ``db_worker`` process:
REGIO_TEST_MAILBOX (folder) and REGIO_TEST_MAIL_PAUSE (seconds to hang before "sending").
"""

import os
import time
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class FolderBackend(BaseEmailBackend):
    def send_messages(self, messages):
        time.sleep(float(os.environ.get("REGIO_TEST_MAIL_PAUSE", "0")))
        folder = Path(os.environ["REGIO_TEST_MAILBOX"])
        for message in messages:
            (folder / f"{uuid.uuid4().hex}.eml").write_bytes(message.message().as_bytes())
        return len(messages)
