"""The benchmark's table on stdout, its JSON file and a Markdown version for
docs/performance.md, with the targets of issue 7 checked against the figures."""

import os
import platform


def machine() -> dict:
    cpu = ""
    try:
        with open("/proc/cpuinfo") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        cpu = platform.processor()
    memory = ""
    try:
        with open("/proc/meminfo") as info:
            kib = int(next(line.split()[1] for line in info if line.startswith("MemTotal")))
            memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    import django

    return {"cpu": cpu, "cores": os.cpu_count(), "memory": memory,
            "system": platform.platform(), "python": platform.python_version(),
            "django": django.get_version()}  # fmt: skip


def kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def dataset_table(label: str, result: dict) -> list[str]:
    rows = [
        f"### {label} ({result['database']['public_offers']:,} public offers, "
        f"{result['database']['vendor']} {result['database']['version']})",
        "",
        "| case | SQL queries | KB | KB gzip | in process, no page cache: p50 / p95 ms "
        "| page cache: p50 ms | HTTP, no page cache: p50 / p95 ms | HTTP, page cache: p50 / p95 ms "
        "| raw baseline p50 ms | × baseline |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    http = result.get("http", {})
    static = http.get("static file", {})
    for name, entry in result["in_process"].items():
        over = http.get(name, {})
        cold, warm = over.get("cold", {}), over.get("warm", {})
        baseline = entry.get("baseline")
        rows.append(
            f"| {name} | {entry['queries']} | {kb(entry['bytes'])} | {kb(entry['gzip_bytes'])} "
            f"| {entry['cold']['p50']} / {entry['cold']['p95']} | {entry['warm']['p50']} "
            f"| {cold.get('p50', '–')} / {cold.get('p95', '–')} "
            f"| {warm.get('p50', '–')} / {warm.get('p95', '–')} "
            f"| {baseline['p50'] if baseline else '–'} "
            f"| {entry.get('ratio_to_baseline', '–')} |"
        )
    if static:
        rows.append(
            f"| static file, same bytes as the list | – | – | – | – | – | – "
            f"| {static['p50']} / {static['p95']} | – | – |"
        )
    through = http.get("throughput")
    if through:
        rows += [
            "",
            f"Throughput ({through['list page']['tool']}, 10 s): list page "
            f"{through['list page']['rps']} requests/s, static file of the same bytes "
            f"{through['static file']['rps']} requests/s: **{through['ratio']}×**.",
        ]
    plans = [
        f"- {name}: {', '.join(entry['explain']['indexes']) or 'no index'}"
        for name, entry in result["in_process"].items()
        if "explain" in entry
    ]
    if plans:
        rows += ["", "Indexes used by each case's slowest query (EXPLAIN):", *plans]
    return [*rows, ""]


# The pages whose time and number of queries have targets (issues 7 and 17).
PAGES = (
    "list",
    "list, 2 filters",
    "search",
    "search, topic and town",
    "search, no topic word",
    "search, in Farsi",
    "offer page",
)


def targets(results: dict) -> list[tuple[str, str, bool]]:
    """(target, figure, met) for the targets of issue 7 that these results can check."""
    found = []

    def get(engine, offers):
        return results.get(f"{engine} {offers:,}")

    small = get("postgresql", 2000) or get("sqlite", 2000)
    if small:
        markers = small["in_process"]["map, whole area"]
        found.append(
            (
                "markers, 2,000 offers: ≤ 1.5× the raw query + json.dumps",
                f"{markers['ratio_to_baseline']}×",
                markers["ratio_to_baseline"] <= 1.5,
            )
        )
        found.append(("markers, 2,000 offers: ≤ 40 KB gzip", f"{kb(markers['gzip_bytes'])} KB",
                      markers["gzip_bytes"] <= 40 * 1024))  # fmt: skip
    big = get("postgresql", 200000)
    if big:
        city = big["in_process"]["map, city view"]["cold"]["p95"]
        found.append(("map, city view, 200,000 offers, PostgreSQL: p95 ≤ 50 ms", f"{city} ms",
                      city <= 50))  # fmt: skip
        for name in PAGES:
            if name not in big["in_process"]:
                continue  # measured before the case existed
            p95 = big["in_process"][name]["cold"]["p95"]
            found.append((f"{name}, 200,000 offers, PostgreSQL: p95 ≤ 100 ms", f"{p95} ms",
                          p95 <= 100))  # fmt: skip
    for engine in ("postgresql", "sqlite"):
        sizes = [get(engine, n) for n in (2000, 20000, 200000)]
        sizes = [s for s in sizes if s]
        if len(sizes) > 1:
            for name in PAGES:
                if any(name not in s["in_process"] for s in sizes):
                    continue
                counts = [s["in_process"][name]["queries"] for s in sizes]
                found.append((f"{name}, {engine}: same queries at every size, ≤ 8",
                              " / ".join(map(str, counts)),
                              len(set(counts)) == 1 and max(counts) <= 8))  # fmt: skip
    for label, result in results.items():
        through = result.get("http", {}).get("throughput")
        if through:
            found.append((f"list page under wrk ≥ 0.5× a static file ({label})",
                          f"{through['ratio']}×", through["ratio"] >= 0.5))  # fmt: skip
    return found


def markdown(results: dict, info: dict) -> str:
    lines = [
        "## Latest figures",
        "",
        f"Measured {info['date']} on {info['machine']['cpu']}, {info['machine']['cores']} cores, "
        f"{info['machine']['memory']}, {info['machine']['system']}, Python "
        f"{info['machine']['python']}, Django {info['machine']['django']}. "
        f"Command: `{info['command']}`.",
        "",
        "### Targets",
        "",
        "| target | figure | met |",
        "|---|---:|---|",
    ]
    lines += [
        f"| {target} | {figure} | {'yes' if met else '**no**'} |"
        for target, figure, met in targets(results)
    ]
    lines.append("")
    for label, result in results.items():
        lines += dataset_table(label, result)
    return "\n".join(lines)


def text_summary(results: dict, info: dict) -> str:
    return markdown(results, info)
