"""What travels between ClusterDesk and its child processes: small typed messages (dataclasses)
framed on a pipe, and tables as Arrow IPC.

A message is pickled with protocol 5; buffers inside it (an Arrow IPC stream, a numpy array) go
out-of-band as their raw bytes, without a copy into the pickle.
"""

from __future__ import annotations

import pickle
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

_HEAD = struct.Struct("<QI")  # pickle length, number of out-of-band buffers
_LEN = struct.Struct("<Q")


# -- the messages every child speaks (a child's own requests subclass Request) ----------------
@dataclass
class Request:
    """Work asked of a persistent child; ``seq`` numbers it (a newer one stops an older one)."""

    seq: int


@dataclass
class Stop:
    seq: int  # the request to stop at its next step


@dataclass
class Ready:
    """The child has imported what its work needs."""


@dataclass
class Progress:
    seq: int
    fraction: float
    message: str  # in English: the parent translates the child's fixed step names


@dataclass
class Done:
    seq: int
    value: Any
    table: Any = None  # an Arrow IPC stream (bytes-like) beside the value, or None


@dataclass
class Refused:
    seq: int
    message: str  # a UserError's message, for the analyst


@dataclass
class Stopped:
    seq: int


@dataclass
class Failed:
    seq: int
    kind: str  # the exception's type name: a bug, shown as one line
    message: str


def send(stream: BinaryIO, obj: Any) -> None:
    """Write ``obj`` (a message); buffers inside go as their raw bytes, without a copy."""
    buffers: list[pickle.PickleBuffer] = []
    head = pickle.dumps(obj, protocol=5, buffer_callback=buffers.append)
    stream.write(_HEAD.pack(len(head), len(buffers)))
    stream.write(head)
    for buf in buffers:
        raw = buf.raw()
        stream.write(_LEN.pack(raw.nbytes))
        stream.write(raw)
    stream.flush()


def _read_exactly(stream: BinaryIO, n: int) -> bytearray:
    out = bytearray(n)
    view, got = memoryview(out), 0
    while got < n:
        k = stream.readinto(view[got:])
        if not k:
            raise EOFError
        got += k
    return out


def receive(stream: BinaryIO) -> Any:
    """Read one message written by ``send``; EOFError when the other side is gone."""
    size, count = _HEAD.unpack(_read_exactly(stream, _HEAD.size))
    head = _read_exactly(stream, size)
    buffers = [_read_exactly(stream, _LEN.unpack(_read_exactly(stream, _LEN.size))[0])
               for _ in range(count)]
    return pickle.loads(head, buffers=buffers)


# -- tables as Arrow IPC ------------------------------------------------------------------------
def arrow_stream(table: Any) -> pickle.PickleBuffer:
    """A pyarrow Table as an Arrow IPC stream, ready to travel out-of-band in a message."""
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return pickle.PickleBuffer(sink.getvalue())


def arrow_table(stream: Any) -> Any:
    """The pyarrow Table in an IPC stream that came in a message (no copy of its bytes)."""
    import pyarrow as pa

    return pa.ipc.open_stream(pa.py_buffer(stream)).read_all()
