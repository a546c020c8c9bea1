"""Columns of cells as Arrow arrays, for the reading child's Arrow IPC file (contain.py).

A column whose cells are all numbers travels as float64, one of only text as a dictionary of its
distinct texts, and a column that mixes kinds (text and numbers, dates, booleans, blanks) as an
Arrow dense union with one child per Python type, so that every cell comes back in the parent
as the same Python value the reader gave (``objects``). Text goes to Arrow as one joined string
that Arrow splits (``text_array``): handing it over cell by cell was the slow part.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyarrow as pa

_TYPES = {float: pa.float64(), int: pa.int64(), bool: pa.bool_(), str: pa.string(),
          dt.datetime: pa.timestamp("us"), dt.date: pa.date32(), dt.time: pa.time64("us"),
          dt.timedelta: pa.duration("us"), type(None): pa.null()}
_SEP = "\x00"  # joins the texts of a column; a column holding it goes cell by cell
_JOINED_MAX = 2**28  # characters (up to 4 bytes each): beyond, cell by cell (2 GB string arrays)


def text_array(cells: Sequence) -> pa.DictionaryArray | None:
    """Cells that are all text (``str``) as a dictionary array of the texts, the same array
    ``pa.array(cells, pa.string()).dictionary_encode()`` gives; None when a cell is not text,
    holds the separator or the column is too long to join."""
    if not cells or type(cells[0]) is not str:
        return None
    try:
        joined = _SEP.join(cells)  # TypeError unless every cell is text
    except TypeError:
        return None
    if len(joined) > _JOINED_MAX or joined.count(_SEP) != len(cells) - 1:
        return None
    import pyarrow.compute as pc  # here: only the reading child joins texts

    parts = pc.split_pattern(pa.array([joined], pa.large_string()), _SEP).flatten()
    codes = parts.dictionary_encode()
    return pa.DictionaryArray.from_arrays(codes.indices, codes.dictionary.cast(pa.string()))


def column_array(cells: Sequence, kinds: set[type] | None = None) -> pa.Array:
    """One column of Python cells as an Arrow array that ``objects`` turns back into them;
    ``kinds``: the cells' types, when the caller has them."""
    kinds = set(map(type, cells)) if kinds is None else kinds
    if kinds == {float}:
        return pa.array(cells, pa.float64())
    if kinds == {str}:
        return _texts(cells)
    if not cells:
        return pa.array([], pa.float64())
    distinct = list(kinds)
    code = {t: i for i, t in enumerate(distinct)}
    ids = np.fromiter(map(code.__getitem__, map(type, cells)), dtype=np.int8, count=len(cells))
    every = np.empty(len(cells), dtype=object)
    every[:] = cells
    offsets = np.empty(len(cells), dtype=np.int32)
    children = []
    for i, kind in enumerate(distinct):
        members = ids == i
        offsets[members] = np.arange(int(members.sum()), dtype=np.int32)
        values = every[members].tolist()
        children.append(_texts(values) if kind is str else pa.array(values, _TYPES.get(kind)))
    return pa.UnionArray.from_dense(pa.array(ids, pa.int8()), pa.array(offsets, pa.int32()),
                                    children, [str(i) for i in range(len(distinct))])


def _texts(cells: Sequence) -> pa.DictionaryArray:
    """Text cells as a dictionary array, joined when they can be."""
    got = text_array(cells)
    return got if got is not None else pa.array(cells, pa.string()).dictionary_encode()


def objects(array: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """The cells ``column_array`` sent, as a 1-D object array of the same Python values."""
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks() if array.num_chunks != 1 else array.chunk(0)
    kind = array.type
    if pa.types.is_union(kind):
        out = np.empty(len(array), dtype=object)
        ids = np.asarray(array.type_codes)
        offsets = np.asarray(array.offsets)
        for i in range(kind.num_fields):
            members = ids == i
            out[members] = objects(array.field(i))[offsets[members]]
        return out
    if pa.types.is_dictionary(kind):
        distinct = objects(array.dictionary)
        return distinct[np.asarray(array.indices)]
    if pa.types.is_floating(kind) or pa.types.is_integer(kind) or pa.types.is_boolean(kind):
        return array.to_numpy(zero_copy_only=False).astype(object)
    out = np.empty(len(array), dtype=object)
    out[:] = array.to_pylist()
    return out


def write(path: str, columns: list[pa.Array], names: list[str] | None = None) -> None:
    """The columns as one Arrow IPC file."""
    names = names if names is not None else [str(j) for j in range(len(columns))]
    table = pa.table(columns, names=names)
    with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def read(path: str) -> pa.Table:
    """The table in an Arrow IPC file, read in one call (not mapped: the file is removed right
    after, which Windows refuses for a mapped file); the arrays point into that one buffer."""
    with open(path, "rb") as fh:
        data = fh.read()
    return pa.ipc.open_file(pa.py_buffer(data)).read_all()
