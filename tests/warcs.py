"""Small web archives built in tests with warcio's own writer, from pages written for the tests."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = Path(__file__).parent / "data" / "pages"

# An undated page: the archive's own date is all there is to date it by.
UNDATED_PAGE = b"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Lighthouse keeper retires | Coastline Courier</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Lighthouse keeper retires after thirty years</h1>
<p>The keeper of the Grey Point lighthouse climbed its spiral stair for the last time on Friday,
after thirty years of tending the lamp through storms and fog.</p>
<p>"I will miss the sound of the sea at night more than anything else," said Oskar Brandt, who
took over the light from his own father. "But my knees will not miss the stairs."</p>
<p>The lighthouse has been automatic since the spring, and the coastal authority said it would
open the tower to visitors in the summer.</p></article>
<footer>Coastline Courier, all rights reserved</footer></body></html>"""


@dataclass
class Response:
    """One HTTP response to archive: a page or anything else a crawler fetches."""

    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    headers: list[tuple[str, str]] = field(default_factory=list)
    warc_date: str = "2023-02-15T09:00:00Z"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def news_responses() -> list[Response]:
    """Three pages, as a news crawl would hold them."""
    return [Response("https://riverside-news.example/local/ferry-service-resume",
                     page("riverside-news.html")),
            Response("https://valley-notes.example/2022/10/orchard",
                     page("valley-blog.html"), content_type="text/html; charset=windows-1252"),
            Response("https://coastline-courier.example/lighthouse-keeper", UNDATED_PAGE,
                     warc_date="2024-05-11T06:12:00Z")]


def write_warc(path: Path, responses: list[Response], gzip: bool = True,
               requests: bool = False) -> list[int]:
    """A WARC file: a warcinfo record, then each response (after its request, if `requests`).

    Gives the byte offset at which each response record starts."""
    starts = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for response in responses:
            if requests:
                writer.write_record(_request(writer, response.uri))
            starts.append(out.tell())
            writer.write_record(_response(writer, response))
    return starts


def _response(writer: WARCWriter, response: Response):
    headers = StatusAndHeaders(response.status, [("Content-Type", response.content_type),
                                                 *response.headers], protocol="HTTP/1.1")
    return writer.create_warc_record(response.uri, "response", payload=io.BytesIO(response.body),
                                     http_headers=headers,
                                     warc_headers_dict={"WARC-Date": response.warc_date})


def _request(writer: WARCWriter, uri: str):
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True)
    return writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers)


def record_id(path: Path, number: int) -> str:
    """The id saidwhen gives the page in record `number` (from 1) of a WARC file."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        for n, record in enumerate(ArchiveIterator(stream), start=1):
            if n == number:
                return record.rec_headers.get_header("WARC-Record-ID").strip("<>").removeprefix("urn:uuid:")
    raise IndexError(number)
