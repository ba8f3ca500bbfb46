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
