"""How much ClusterDesk will read from one file: settings, so an agency can raise them knowingly.

The defaults keep any single import under about 1 GB of memory and a minute of work while leaving
room for surveys far larger than any real one (100,000 firms x 300 questions).
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Limits:
    """Ceilings checked before and while parsing; exceeding one refuses the file with a message."""

    max_file_bytes: int = 500 * 2**20  # the file on disk
    max_part_bytes: int = 1024 * 2**20  # one uncompressed member of an xlsx/ods zip
    max_total_bytes: int = 2048 * 2**20  # all uncompressed members together
    max_ratio: float = 200.0  # uncompressed / compressed size of one member (bombs are > 1000)
    max_members: int = 10_000  # zip entries
    max_cells: int = 20_000_000  # rows x columns a sheet's cells span (~32 bytes each in the parser)
    max_columns: int = 16_384
    max_shared_strings: int = 20_000_000
    max_sheets: int = 1_000
    child_memory_bytes: int = 1024 * 2**20  # address-space limit of the reading child process
    # more for a sheet whose <dimension> declares more cells (up to max_cells): a large sheet
    # needs more address space in the child than the 1 GB above (benchmarks/README.md)
    child_bytes_per_cell: int = 160
    child_timeout_s: float = 120.0
    contain: bool = True  # read workbooks in the child; False: pre-checked .xlsx in-process

    def for_cells(self, cells: int) -> Limits:
        """These limits with the child's memory raised for a sheet declaring ``cells`` cells.

        The declaration is trusted only up to max_cells (the scan refuses a sheet whose real
        cells go past that); a sheet declaring fewer cells than it holds keeps the setting and is
        stopped by it, as before."""
        need = 512 * 2**20 + min(max(cells, 0), self.max_cells) * self.child_bytes_per_cell
        return replace(self, child_memory_bytes=max(self.child_memory_bytes, need))


DEFAULT_LIMITS = Limits()
