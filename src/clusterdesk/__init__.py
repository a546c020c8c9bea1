"""ClusterDesk: do regional clusters make firms more innovative?"""

__version__ = "0.1.0"
