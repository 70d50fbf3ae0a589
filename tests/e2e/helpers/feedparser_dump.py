"""Parses feeds with Python's feedparser (an independent, widely used client) and prints JSON.

Usage: python3 feedparser_dump.py FILE...
"""
import json
import sys

import feedparser


def entry(e):
    return {
        "title": e.get("title"),
        "link": e.get("link"),
        "id": e.get("id"),
        "published": e.get("published"),
        "updated": e.get("updated"),
        "authors": [a.get("name") for a in e.get("authors", [])],
        "tags": [t.get("term") for t in e.get("tags", [])],
        "summary": e.get("summary"),
        "content": [c.get("value") for c in e.get("content", [])],
        "enclosures": [l.get("href") for l in e.get("links", []) if l.get("rel") == "enclosure"],
    }


result = {}
for path in sys.argv[1:]:
    parsed = feedparser.parse(path)
    result[path] = {
        "bozo": bool(parsed.bozo),
        "error": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "title": parsed.feed.get("title"),
        "link": parsed.feed.get("link"),
        "language": parsed.feed.get("language"),
        "self": [l.get("href") for l in parsed.feed.get("links", []) if l.get("rel") == "self"],
        "entries": [entry(e) for e in parsed.entries],
    }
print(json.dumps(result))
