"""Route shapes as engines send them: Google's encoded polyline format."""


def decode(encoded: str, precision: int = 6) -> list[tuple[float, float]]:
    """(latitude, longitude) points of `encoded`: Valhalla writes six decimal places, MOTIS
    seven."""
    factor = 10**precision
    points, index, lat, lon = [], 0, 0, 0
    while index < len(encoded):
        values = []
        for _ in range(2):
            result, shift = 0, 0
            while True:
                byte = ord(encoded[index]) - 63
                index += 1
                result |= (byte & 0x1F) << shift
                shift += 5
                if byte < 0x20:
                    break
            values.append(~(result >> 1) if result & 1 else result >> 1)
        lat += values[0]
        lon += values[1]
        points.append((lat / factor, lon / factor))
    return points
