from tests.events.conftest import agenda  # noqa: F401
