"""The map report (smallbutstrong:exportreport), as a small package: inputs, styling, layout items,
tables, texts and fonts, export."""

from .algorithm import ExportReportAlgorithm

__all__ = ["ExportReportAlgorithm"]
