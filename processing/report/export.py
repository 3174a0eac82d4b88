"""PDF and PNG export: destinations checked first, files written aside, renamed together at the end.

Both destinations are checked before anything is rendered (a folder given as a file, a file given
as a folder, a folder that cannot be created or written); both files are written under temporary
names beside their destinations and replace the old files only when both are complete. A failure
or a cancel removes the temporary files and leaves the old report as it was.
"""

from __future__ import annotations

import os
import uuid
from typing import List, Optional, Tuple

from qgis.core import QgsLayoutExporter, QgsProcessingException
from qgis.PyQt.QtCore import QSize

from ...compat import TEXT_ALWAYS_TEXT
from ..translate import tr


def _reason(result) -> str:
    """A layout export result as words (QgsLayoutExporter has no error message in 3.22)."""
    reasons = {
        QgsLayoutExporter.ExportResult.FileError: tr("the file could not be created or written"),
        QgsLayoutExporter.ExportResult.PrintError: tr("the page could not be printed"),
        QgsLayoutExporter.ExportResult.MemoryError: tr("not enough memory for the page at this resolution"),
        QgsLayoutExporter.ExportResult.SvgLayerError: tr("a layer could not be drawn"),
        QgsLayoutExporter.ExportResult.IteratorError: tr("the atlas could not be prepared"),
        QgsLayoutExporter.ExportResult.Canceled: tr("cancelled"),
    }
    return reasons.get(result, tr("error {0}").format(int(result) if not hasattr(result, "value") else result.value))


def check_destination(path: str, parameter: str) -> None:
    """Refuse a destination that cannot be a file, before any work is done."""
    if not path:
        return
    if os.path.isdir(path):
        raise QgsProcessingException(tr("Parameter {0}: {1} is a folder; give a file name.").format(parameter, path))
    folder = os.path.dirname(os.path.abspath(path)) or "."
    probe = folder
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    if os.path.exists(probe) and not os.path.isdir(probe):
        raise QgsProcessingException(tr("Parameter {0}: {1} lies under {2}, which is a file, not a folder.").format(
            parameter, path, probe))
    if os.path.isdir(probe) and not os.access(probe, os.W_OK):
        raise QgsProcessingException(tr("Parameter {0}: the folder {1} cannot be written to.").format(parameter, probe))


def temp_name(path: str) -> str:
    folder, name = os.path.split(os.path.abspath(path))
    os.makedirs(folder or ".", exist_ok=True)
    stem, ext = os.path.splitext(name)
    return os.path.join(folder, f".{stem}.{uuid.uuid4().hex[:8]}.partial{ext or '.out'}")


def _temp(path: str, parameter: str) -> str:
    """The temporary name beside ``path`` (its folder created), or a refusal naming the parameter."""
    try:
        return temp_name(path)
    except OSError as err:
        raise QgsProcessingException(tr("Parameter {0}: the folder of {1} cannot be created: {2}").format(
            parameter, path, err.strerror or err)) from err


def _pdf(exporter, layout, atlas_mode, tmp, feedback, destination: str = "") -> int:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200  # rasterised parts only (hatched fills): 300 doubled the atlas' size
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.textRenderFormat = TEXT_ALWAYS_TEXT  # searchable text in any script
    if atlas_mode:
        result, _error = exporter.exportToPdf(layout.atlas(), tmp, settings, feedback)
        pages = layout.atlas().count() * layout.pageCollection().pageCount()
    else:
        result = exporter.exportToPdf(tmp, settings)
        pages = layout.pageCollection().pageCount()
    if result != QgsLayoutExporter.ExportResult.Success and not feedback.isCanceled():
        raise QgsProcessingException(tr("Parameter OUTPUT_PDF: the PDF could not be written to {0}: {1}.").format(
            destination or tmp, _reason(result)))
    return pages


def _png(exporter, layout, atlas_mode, tmp, dpi, feedback, destination: str = "") -> None:
    atlas = layout.atlas()
    if atlas_mode:  # the first atlas page
        atlas.beginRender()
        atlas.first()
    # the page as an image, saved by Qt: exportToImage would also reopen the PNG with GDAL to
    # georeference it, which fails for PNG ("does not support update access")
    image = exporter.renderPageToImage(0, QSize(), dpi)
    if atlas_mode:
        atlas.endRender()
    if feedback.isCanceled():
        return
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    if image.isNull():
        raise QgsProcessingException(tr("Parameter OUTPUT_IMAGE: the image could not be rendered at {0} dpi "
                                        "(too large?).").format(dpi))
    if not image.save(tmp, "PNG"):
        raise QgsProcessingException(tr("Parameter OUTPUT_IMAGE: the image could not be written to {0}.").format(
            destination or tmp))


def export(layout, atlas_mode: bool, pdf_path: str, png_path: str, dpi: int, feedback) -> Optional[int]:
    """Pages of the PDF (or of the layout), or None when cancelled."""
    exporter = QgsLayoutExporter(layout)
    temps: List[Tuple[str, str]] = []
    try:
        pages = layout.pageCollection().pageCount()
        if pdf_path:
            temps.append((_temp(pdf_path, "OUTPUT_PDF"), pdf_path))
            pages = _pdf(exporter, layout, atlas_mode, temps[-1][0], feedback, pdf_path)
            if feedback.isCanceled():
                return None
        feedback.setProgress(85)
        if png_path:
            temps.append((_temp(png_path, "OUTPUT_IMAGE"), png_path))
            _png(exporter, layout, atlas_mode, temps[-1][0], dpi, feedback, png_path)
            if feedback.isCanceled():
                return None
        for tmp, final in temps:
            try:
                os.replace(tmp, final)
            except OSError as err:
                parameter = "OUTPUT_PDF" if final == pdf_path else "OUTPUT_IMAGE"
                raise QgsProcessingException(tr("Parameter {0}: {1} could not be written: {2}").format(
                    parameter, final, err.strerror or err)) from err
        temps = []
        feedback.setProgress(100)
        return pages
    finally:
        for tmp, _final in temps:  # cancelled or failed: no partial file stays behind
            for path in (tmp, os.path.splitext(tmp)[0] + ".pgw", os.path.splitext(tmp)[0] + ".pngw"):
                if os.path.exists(path):
                    os.remove(path)
