"""The faults of benchmarks/fault_campaign.py: a read-only or forbidden output folder, a
read-only or full disk (a small tmpfs), Ctrl-C and SIGKILL while saving, a missing or locked
output, an unreadable mapping or survey, a missing temporary folder; and the runner that starts
the command line for one case.

Permissions bite even as root: the command runs under `setpriv` without the capabilities that
override file permissions. Mounting a tmpfs needs root; without it those cases are skipped."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

NO_OVERRIDE = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]


class Ctx:
    """One case's folders: in/ (sources), out/ (previous outputs), tmp/ (its TMPDIR)."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.inp, self.out, self.tmp = folder, folder / "in", folder / "out", \
            folder / "tmp"
        for p in (self.inp, self.out, self.tmp):
            p.mkdir(parents=True, exist_ok=True)
        self.sources: list[Path] = []
        self.previous: list[Path] = []
        self.mounts: list[Path] = []
        self.locked: list[Path] = []
        self.env: dict[str, str] = {}

    def with_previous(self, *names: str) -> None:
        for name in names:
            (self.out / name).write_bytes(b"the previous " + name.encode())
            self.previous.append(self.out / name)

    def lock(self, path: Path, mode: int) -> None:
        path.chmod(mode)
        self.locked.append(path)

    def mount(self, size_kb: int) -> bool:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs",
                               str(self.out)], capture_output=True)
        if done.returncode == 0:
            self.mounts.append(self.out)
        return done.returncode == 0

    def leftovers(self) -> list[str]:
        out = []
        tmp = Path(self.env.get("TMPDIR", self.tmp))
        if tmp.is_dir() and list(tmp.iterdir()):
            out.append(f"left in TMPDIR: {[p.name for p in tmp.iterdir()][:3]}")
        for _folder, _, files in os.walk(self.out):
            out += [f"left beside the outputs: {f}" for f in files
                    if f.endswith(".tmp") or f.startswith(".~")]
        return out

    def teardown(self) -> None:
        for p in self.locked:
            try:
                p.chmod(0o755)
            except OSError:
                pass
        for m in reversed(self.mounts):
            subprocess.run(["umount", "-l", str(m)], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass
class Case:
    cls: str
    name: str
    setup: Callable[[Ctx], list]
    check: Callable[[Ctx, subprocess.CompletedProcess], list[str]] = lambda ctx, done: []
    codes: tuple[int, ...] = (0, 2)
    names: list[str] = field(default_factory=list)
    bound: bool = False  # without the capabilities that override file permissions
    stop: tuple[int, str, float] | None = None  # (signal, "save" or "random", delay s)
    project: bool = False


def run_cli(ctx: Ctx, args: list, case: Case | None) -> subprocess.CompletedProcess:
    argv = [sys.executable, *map(str, args)] if case and case.project else \
        [sys.executable, "-m", "clusterdesk", *map(str, args)]
    if case and case.bound and os.geteuid() == 0:
        argv = NO_OVERRIDE + argv
    env = {**os.environ, "TMPDIR": str(ctx.tmp), **ctx.env}
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    if case and case.stop:
        sig, when, delay = case.stop
        deadline = time.monotonic() + 240
        if when == "save":
            while proc.poll() is None and time.monotonic() < deadline and not any(
                    n.endswith(".tmp") for n in os.listdir(ctx.out)):
                time.sleep(0.005)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(sig)
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        err += "\n(timed out: hung)"
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def fault_cases(base: Path, rng: random.Random, quick: bool, survey: str, mapping: str
                ) -> list[Case]:
    def report(*outs: str, extra: tuple = ()) -> Callable[[Ctx], list]:
        def setup(ctx: Ctx) -> list:
            shutil.copy(base / "big.csv", ctx.inp / survey)
            shutil.copy(base / mapping, ctx.inp / mapping)
            ctx.sources += [ctx.inp / survey, ctx.inp / mapping]
            flags = []
            for o in outs:
                flags += ["--out" if o.endswith(".xlsx") else "--json", ctx.out / o]
            return ["report", ctx.inp / survey, "--mapping", ctx.inp / mapping, *flags, *extra,
                    "-q"]
        return setup

    both = ("report.xlsx", "results.json")
    cases: list[Case] = []

    def add(cls: str, name: str, before: Callable[[Ctx], None], *outs: str, **kw) -> None:
        make = report(*(outs or both), extra=kw.pop("extra", ()))

        def setup(ctx: Ctx) -> list:
            args = make(ctx)
            before(ctx)
            return args
        cases.append(Case(cls, name, setup, names=kw.pop("names", [*both, "'"]), **kw))

    def previous(ctx: Ctx) -> None:
        ctx.with_previous(*both)

    def read_only_folder(ctx: Ctx) -> None:
        previous(ctx)
        ctx.lock(ctx.out, 0o555)

    def forbidden_folder(ctx: Ctx) -> None:
        previous(ctx)
        ctx.lock(ctx.out, 0o000)

    def unsearchable_parent(ctx: Ctx) -> None:
        previous(ctx)
        ctx.lock(ctx.folder, 0o600)

    add("output folder read-only", "chmod 555", read_only_folder, codes=(2,), bound=True)
    add("output folder forbidden", "chmod 000", forbidden_folder, codes=(2,), bound=True)
    add("output folder forbidden", "parent not searchable", unsearchable_parent, codes=(2,),
        bound=True)

    def read_only_disk(ctx: Ctx) -> None:
        if not ctx.mount(1024):
            raise RuntimeError("cannot mount a tmpfs here")
        previous(ctx)
        subprocess.run(["mount", "-o", "remount,ro", str(ctx.out)], check=True)

    for outs in (both, ("report.xlsx",), ("results.json",)):
        add("read-only disk", "+".join(outs), read_only_disk, *outs, codes=(2,))

    def full_disk(free_kb: int) -> Callable[[Ctx], None]:
        def setup(ctx: Ctx) -> None:
            if not ctx.mount(2048):
                raise RuntimeError("cannot mount a tmpfs here")
            previous(ctx)
            filler = ctx.out / "filler"
            with open(filler, "wb", buffering=0) as fh:
                try:
                    while True:
                        fh.write(b"\0" * 4096)
                except OSError:
                    pass
            os.truncate(filler, max(filler.stat().st_size - free_kb * 1024, 0))
        return setup

    for free in ([0, 40, 300] if quick else [0, 4, 16, 40, 100, 200, 300, 500, 800]):
        outs = rng.choice([both, ("report.xlsx",), ("results.json",)])
        extra = rng.choice([(), ("--no-data",)])
        add("full disk", f"{free} KB free, {'+'.join(outs)} {' '.join(extra)}",
            full_disk(free), *outs, extra=extra)

    for sig, cls, codes in ((signal.SIGINT, "Ctrl-C", (0, 130)),
                            (signal.SIGKILL, "kill", (0, -9))):
        for k in range(4 if quick else 10):
            when = "save" if k % 2 == 0 else "random"
            delay = rng.uniform(0, 0.4) if when == "save" else rng.uniform(0.2, 6.0)
            add(f"{cls} while running/saving", f"{when} +{delay:.2f} s", previous,
                codes=codes, stop=(sig, when, delay), names=["interrupted", "stopped"])

    def nothing(ctx: Ctx) -> None:
        pass

    # the workbook refuses a missing folder, the results file creates it (both pinned by tests)
    add("missing output folder", "--out", nothing, "nothere/report.xlsx", codes=(2,),
        names=["nothere"])
    add("missing output folder", "--json", nothing, "nothere/results.json", codes=(0,))

    def folders_named(ctx: Ctx) -> None:
        (ctx.out / "report.xlsx").mkdir()
        (ctx.out / "results.json").mkdir()

    def file_on_the_way(ctx: Ctx) -> None:
        (ctx.out / "notes.txt").write_text("a file, not a folder")

    def locked_outputs(ctx: Ctx) -> None:
        previous(ctx)
        for p in ctx.previous:
            ctx.lock(p, 0o444)

    add("output is a folder", "--out", folders_named, "report.xlsx", codes=(2,))
    add("output is a folder", "--json", folders_named, "results.json", codes=(2,))
    add("output path through a file", "--out", file_on_the_way, "notes.txt/report.xlsx",
        codes=(2,), names=["notes.txt"])
    add("output path through a file", "--json", file_on_the_way, "notes.txt/results.json",
        codes=(2,), names=["notes.txt"])
    add("outputs read-only files", "chmod 444", locked_outputs, bound=True)

    def gone_mapping(ctx: Ctx) -> None:
        (ctx.inp / mapping).unlink()
        ctx.sources.remove(ctx.inp / mapping)

    def mapping_folder(ctx: Ctx) -> None:
        gone_mapping(ctx)
        (ctx.inp / mapping).mkdir()

    def unreadable(name: str) -> Callable[[Ctx], None]:
        return lambda ctx: ctx.lock(ctx.inp / name, 0o000)

    add("mapping file missing", "deleted", gone_mapping, codes=(2,), names=[mapping])
    add("mapping file is a folder", "mkdir", mapping_folder, codes=(2,), names=[mapping])
    add("mapping file unreadable", "chmod 000", unreadable(mapping), codes=(2,), names=[mapping],
        bound=True)
    add("survey unreadable", "chmod 000", unreadable(survey), codes=(2,), names=[survey],
        bound=True)

    def no_tmpdir(ctx: Ctx) -> None:
        ctx.env["TMPDIR"] = str(ctx.folder / "no such folder")

    def read_only_tmpdir(ctx: Ctx) -> None:
        ctx.lock(ctx.tmp, 0o555)

    add("temporary folder unusable", "TMPDIR missing", no_tmpdir)
    add("temporary folder unusable", "TMPDIR read-only", read_only_tmpdir, bound=True)
    return cases
