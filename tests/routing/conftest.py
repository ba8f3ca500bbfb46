import pytest

HEADER = "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station,stop_desc"


@pytest.fixture
def write_feed(tmp_path):
    """Writes a stops.txt (text or raw bytes) and returns its path."""

    def write(*lines, header=HEADER, name="stops.txt", raw: bytes | None = None):
        path = tmp_path / name
        if raw is not None:
            path.write_bytes(raw)
        else:
            path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
        return path

    return write


@pytest.fixture(scope="session")
def routing_engine(tmp_path_factory):
    """Valhalla serving the test network, once per test process."""
    from .engine import Engine, build_data, require_tools

    require_tools()
    engine = Engine(build_data(tmp_path_factory.mktemp("routing")))
    yield engine
    engine.stop()


@pytest.fixture
def routes(routing_engine, settings):
    """Routes inside the app answered by the test engine."""
    settings.VALHALLA_URL = routing_engine.url
    return routing_engine
