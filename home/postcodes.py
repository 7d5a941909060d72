"""Dutch postcodes: "6041 AB" has the number 6041, which the municipalities' ranges contain."""

import re

POSTCODE_RE = re.compile(r"^\s*(\d{4})\s*([A-Za-z]{2})?\s*$")


def postcode_number(postcode):
    """The four digits of a Dutch postcode as an int, or None if it is not one."""
    match = POSTCODE_RE.match(postcode or "")
    return int(match.group(1)) if match else None


def is_dutch_postcode(value):
    return postcode_number(value) is not None
