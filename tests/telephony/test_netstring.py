"""Netstring framing: round trips in any chunking, garbage never raises, frames after garbage are not lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reception_console.telephony.netstring import MAX_PAYLOAD, NetstringDecoder, encode

payloads = st.lists(st.binary(max_size=300), max_size=12)


def decode_in_chunks(stream: bytes, cuts: list[int]) -> tuple[list[bytes], NetstringDecoder]:
    decoder = NetstringDecoder()
    out: list[bytes] = []
    start = 0
    for cut in [*sorted({min(c, len(stream)) for c in cuts}), len(stream)]:
        out += decoder.feed(stream[start:cut])
        start = cut
    return out, decoder


@given(payloads, st.lists(st.integers(min_value=0, max_value=5000), max_size=20))
def test_frames_survive_any_chunking(frames: list[bytes], cuts: list[int]) -> None:
    stream = b"".join(encode(f) for f in frames)
    out, decoder = decode_in_chunks(stream, cuts)
    assert out == frames
    assert decoder.errors == 0 and decoder.pending == 0


@settings(max_examples=300)
@given(st.binary(max_size=2000), st.lists(st.integers(min_value=0, max_value=2000), max_size=10))
def test_arbitrary_bytes_never_raise_and_the_buffer_stays_bounded(garbage: bytes, cuts: list[int]) -> None:
    _out, decoder = decode_in_chunks(garbage, cuts)
    assert decoder.pending <= len(garbage)


@given(st.text(alphabet=st.characters(blacklist_categories=("Nd", "Cs")), min_size=1, max_size=50), payloads)
def test_frames_after_garbage_are_recovered(garbage: str, frames: list[bytes]) -> None:
    """Garbage without digits (so it cannot look like a length) costs one error, never a good frame after it."""
    stream = garbage.encode() + b"".join(encode(f) for f in frames)
    decoder = NetstringDecoder()
    assert decoder.feed(stream) == frames
    assert decoder.errors <= 1


def test_a_broken_frame_between_good_ones_is_skipped_and_reported() -> None:
    errors: list[str] = []
    decoder = NetstringDecoder(errors.append)
    good = [b'{"event":true,"type":"CALL_INCOMING"}', b'{"event":true,"type":"CALL_CLOSED"}']
    stream = encode(good[0]) + b"12:not twelve bytes at all;" + encode(good[1])
    assert decoder.feed(stream) == good
    assert len(errors) == 1 and "malformed" in errors[0]


def test_a_stray_length_in_garbage_does_not_hold_back_later_frames() -> None:
    decoder = NetstringDecoder()
    assert decoder.feed(b"xx 99999:") == []
    assert decoder.feed(encode(b"one")) == [b"one"]  # 99999 bytes are not awaited once a real frame shows


def test_lengths_beyond_the_limit_are_garbage() -> None:
    decoder = NetstringDecoder()
    assert decoder.feed(b"%d:" % (MAX_PAYLOAD + 1) + encode(b"ok")) == [b"ok"]
    assert decoder.errors == 1


def test_a_partial_frame_waits_for_the_rest() -> None:
    decoder = NetstringDecoder()
    assert decoder.feed(b"5:he") == []
    assert decoder.feed(b"llo,3:ab") == [b"hello"]
    assert decoder.feed(b"c,") == [b"abc"]
