from tests.careers.conftest import careers, world  # noqa: F401
from tests.events.conftest import agenda  # noqa: F401
