"""Open Referral HSDS 3.0: the international format for directories of human services.

`documents` turns offers into HSDS records (one language per record), `ids` gives every
record a stable UUID, and the API views in `offers/opendata/hsds/views.py` serve them."""
