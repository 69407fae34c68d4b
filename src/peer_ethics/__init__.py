"""peer-ethics: codes of ethics for peer support workers, as executable, citable, versioned rules."""

__version__ = "0.1.0"
