"""The part of reading an SPSS/Stata file that runs in the reading child (contain.py).

pyreadstat's C reader can crash the process on a damaged file, so it runs only here. Texts (value
and variable labels, names, string answers) are decoded here too: pyreadstat refuses a whole file
when one label is not valid in the file's encoding, and real exports mix Latin-1 and UTF-8 labels.
Read as Latin-1, every byte becomes one character, so each text's bytes can be recovered and
decoded on its own: in the declared (or the file's) encoding, else as Windows-1252.
"""

from __future__ import annotations

import codecs

UTF8 = "utf-8"


def python_encoding(name: str | None) -> str | None:
    """Python's name for an encoding ("UTF-8", "WINDOWS-1252", "latin-1"), None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def stats_job(job: dict) -> dict:
    """Read the file: {"frame", "meta", "encoding", "misread"} or {"error", "detail"}.

    ``job``: path, kind (sav/zsav/por/dta), nrows, encoding (a declared one, or None to use the
    file's own). ``misread``: (column, text) pairs read as Windows-1252 because their bytes were
    not valid in the intended encoding.
    """
    import pyreadstat

    readers = {"sav": pyreadstat.read_sav, "zsav": pyreadstat.read_sav,
               "por": pyreadstat.read_por, "dta": pyreadstat.read_dta}
    read = readers[job["kind"]]
    options: dict = {"row_limit": job.get("nrows") or 0}
    if job["kind"] in ("sav", "zsav"):
        options["user_missing"] = True
    # a portable file's texts are ASCII by its format: pyreadstat takes no encoding for it
    declared = job.get("encoding") if job["kind"] != "por" else None
    if declared is None:
        try:
            df, meta = read(job["path"], **options)
            return {"frame": df, "meta": _meta(meta), "encoding": meta.file_encoding,
                    "misread": []}
        except Exception as exc:  # noqa: BLE001 - a text not in the file's encoding, or damage
            first = exc
            if job["kind"] == "por":
                return {"error": "damaged", "detail": str(exc)[:300]}
    try:  # every byte a character: no text can fail, each is decoded below
        df, meta = read(job["path"], encoding="latin1", **options)
    except Exception as exc:  # noqa: BLE001 - ReadstatError, PyreadstatError, OSError
        return {"error": "damaged", "detail": str(first if declared is None else exc)[:300]}
    recode = Recoder(declared or UTF8)
    return {"frame": recode.frame(df), "meta": recode.meta(_meta(meta)),
            "encoding": declared or "UTF-8", "misread": recode.misread}


def stats_reply(job: dict, out: str | None):
    """``stats_job`` as the reading child's reply: the columns in the Arrow file ``out``, the
    rest (meta, encoding, misread, names) in ``reply.stats``."""
    from clusterdesk.io import arrow_cells
    from clusterdesk.io.contain import Reply

    result = stats_job(job)
    if "error" in result:
        return Reply(error=result["error"], detail=result.get("detail") or "")
    df = result.pop("frame")
    columns = [arrow_cells.column_array(df[name].tolist()) if df[name].dtype == object
               else arrow_cells.pa.array(df[name].to_numpy()) for name in df.columns]
    if out and columns:
        arrow_cells.write(out, columns)
    result["names"] = list(df.columns)
    result["objects"] = [df[name].dtype == object for name in df.columns]
    result["rows"] = len(df)
    return Reply(stats=result, body=bool(out and columns))


def _meta(meta) -> dict:
    """What the parent uses of pyreadstat's metadata, as plain dicts."""
    return {"missing_ranges": getattr(meta, "missing_ranges", None) or {},
            "value_labels": getattr(meta, "variable_value_labels", None) or {},
            "column_labels": getattr(meta, "column_names_to_labels", None) or {}}


class Recoder:
    """Texts read as Latin-1 decoded again in ``encoding``, or as Windows-1252 where they are
    not valid in it (each such text noted with its column)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self.misread: list[tuple[str, str]] = []

    def text(self, value, column: str | None = None):
        """One text decoded again; ``column`` None: the text is a column's name."""
        if not isinstance(value, str):
            return value
        try:
            raw = value.encode("latin-1")
        except UnicodeEncodeError:  # not from the Latin-1 read: leave it
            return value
        try:
            return raw.decode(self.encoding)
        except UnicodeDecodeError:
            pass
        try:
            fixed = raw.decode("cp1252")
        except UnicodeDecodeError:  # the five bytes Windows-1252 leaves undefined
            fixed = raw.decode("latin-1")
        self.misread.append((fixed if column is None else column, fixed))
        return fixed

    def frame(self, df):
        names = [self.text(c) for c in df.columns]
        df.columns = names
        for name in names:
            s = df[name]
            if s.dtype == object:
                distinct = {v: self.text(v, name) for v in s.dropna().unique()}
                df[name] = s.map(lambda v, d=distinct: d.get(v, v) if isinstance(v, str) else v)
        return df

    def meta(self, meta: dict) -> dict:
        name = {}
        for key in list(meta["column_labels"]) + list(meta["value_labels"]) + list(
                meta["missing_ranges"]):
            name.setdefault(key, self.text(key))
        labels = {name[k]: self.text(v, name[k]) for k, v in meta["column_labels"].items()}
        values = {name[k]: {self.text(code, name[k]): self.text(text, name[k])
                            for code, text in table.items()}
                  for k, table in meta["value_labels"].items()}
        ranges = {name[k]: [{key: self.text(v, name[k]) for key, v in r.items()} for r in rs]
                  for k, rs in meta["missing_ranges"].items()}
        return {"missing_ranges": ranges, "value_labels": values, "column_labels": labels}
