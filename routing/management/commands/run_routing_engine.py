"""`manage.py run_routing_engine`: Valhalla's service on the current routing data, listening
where VALHALLA_URL points (docker-compose's `routing` service and `make run` use it)."""

import os

from django.core.management.base import BaseCommand, CommandError

from routing import engine_data


class Command(BaseCommand):
    help = "Serve routes from the current routing data at VALHALLA_URL."

    def add_arguments(self, parser):
        parser.add_argument("--threads", type=int, default=2)
        parser.add_argument(
            "--listen",
            help="address to listen on, e.g. http://0.0.0.0:8002 (default: VALHALLA_URL)",
        )

    def handle(self, *args, threads, listen, **options):
        data = engine_data.current()
        if data is None:
            raise CommandError("No routing data yet: run `manage.py build_routing_data` first.")
        try:
            command = engine_data.service_command(data.resolve(), url=listen, threads=threads)
        except engine_data.BuildError as error:
            raise CommandError(str(error)) from error
        os.execv(command[0], command)
