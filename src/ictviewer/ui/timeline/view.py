"""The timeline view: a lane per organisation, filters, zoom and export, linked to the reader.

`TimelineView(events)` is given the core's events (`build_timeline(corpus)`)
and emits `open_provision_requested(doc_id, provision_id)` ("" for a document's
own event) when an event is clicked or activated with Enter; the main window
connects it. From outside: `centre_on_document` ("show on timeline"),
`set_search_hits` (the current query's hits), `set_filters`, `export_image`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ictviewer.timeline import Event
from ictviewer.ui.folders import DialogFolders
from ictviewer.ui.plain import literal
from ictviewer.ui.timeline import text
from ictviewer.ui.timeline.canvas import ZOOM_STEP, TimelineCanvas
from ictviewer.ui.timeline.export import export
from ictviewer.ui.timeline.items import Colours, EventItem, Look
from ictviewer.ui.timeline.legend import LegendBar
from ictviewer.ui.timeline.scene import TimelineScene

THEME_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class TimelineView(QWidget):
    """The timeline with its filter bar and legend."""

    open_provision_requested = Signal(str, str)  # doc id, provision id ("" for the document)
    status_message = Signal(str)

    def __init__(
        self, events: Iterable[Event], parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.folders = DialogFolders()  # where Export starts; the window's share the settings
        self.look = Look(Colours.from_palette(self.palette()), self.font())
        self.scene = TimelineScene(events, today or dt.date.today(), self.look)
        self.canvas = TimelineCanvas(self.scene, self)
        self.scene.setParent(self.canvas)  # destroyed after the view stops looking at it
        self.canvas.setAccessibleName(self.tr("Timeline"))
        self.canvas.setToolTip("")
        self.canvas.activated.connect(self._activated)
        self.canvas.current_changed.connect(self._current_changed)
        self.legend = LegendBar(self.look, self)
        self._hits_note = ""
        self._styling = False

        bar = FilterBar(self.look, self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(6)
        lanes_label = QLabel(self.tr("Lanes:"), bar)
        row.addWidget(lanes_label)
        self.lane_boxes: dict[str, QCheckBox] = {}
        for lane in self.scene.lanes:
            box = QCheckBox(text.lane_name(lane), bar)
            box.setChecked(True)
            box.setToolTip(literal(self.tr("Show the {0} lane").format(text.lane_name(lane))))
            box.toggled.connect(self._filters_edited)
            self.lane_boxes[lane] = box
            row.addWidget(box)
        row.addSpacing(10)
        self.kinds_button = QPushButton(bar)
        self.kinds_button.setFlat(True)
        self.kinds_button.setToolTip(self.tr("Choose which kinds of event to show"))
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[str, QAction] = {}
        for kind, name in text.kind_names().items():
            if kind not in self.scene.kinds:
                continue
            action = self.kinds_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(True)
            action.setData(kind)
            action.toggled.connect(self._filters_edited)
            self.kind_actions[kind] = action
        self.kinds_menu.addSeparator()
        self.kinds_menu.addAction(self.tr("Show all kinds"), self._all_kinds)
        self.kinds_button.setMenu(self.kinds_menu)
        row.addWidget(self.kinds_button)
        row.addStretch(1)
        self.zoom_out_button = self._button(bar, "−", self.tr("Zoom out (-)"), self.zoom_out)
        self.zoom_in_button = self._button(bar, "+", self.tr("Zoom in (+)"), self.zoom_in)
        self.fit_button = self._button(
            bar, self.tr("Fit all"), self.tr("Show every event (0)"), self.fit_all
        )
        self.export_button = self._button(
            bar, self.tr("Export…"), self.tr("Save the timeline as a PNG image or a PDF"),
            self.export_dialog,
        )  # fmt: skip
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            row.addWidget(button)
        row.addSpacing(4)
        row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        self.setFocusProxy(self.canvas)
        self._update_kinds_button()
        self._restyle()
        self.canvas.fit_all()

    def _button(self, parent, label: str, tip: str, slot) -> QToolButton:
        button = QToolButton(parent)
        button.setText(label)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setMinimumWidth(28)
        button.clicked.connect(slot)
        return button

    # -- the API the main window uses -----------------------------------------------------------

    @property
    def events(self) -> list[Event]:
        return self.scene.events

    def items(self) -> list[EventItem]:
        """Every event item, in the core's date order (hidden ones included)."""
        return list(self.scene.items_)

    def item_for(self, doc_id: str, provision_id: str | None = None) -> EventItem | None:
        """The event of a document (provision None or "") or of one of its provisions."""
        wanted = provision_id or None
        for item in self.scene.items_:
            event = item.event
            same = event.doc_id == doc_id and event.provision_id == wanted
            if same and (wanted is not None or event.is_document):
                return item
        return None

    def centre_on_document(self, doc_id: str) -> bool:
        """Select a document's own event and centre the view on it ("show on timeline")."""
        return self.select_event(doc_id, None)

    def select_event(self, doc_id: str, provision_id: str | None = None) -> bool:
        """Select and centre an event, showing its lane and kind if they were filtered out."""
        item = self.item_for(doc_id, provision_id)
        if item is None:
            return False
        if not self.scene.shown(item):
            organisations, kinds = self.filters()
            self.set_filters(organisations | {item.event.organisation}, kinds | {item.event.kind})
        self.canvas.set_current(item.index, ensure_visible=False)
        self.canvas.centre_on(item)
        return True

    def current_event(self) -> Event | None:
        item = self.canvas.current_item()
        return item.event if item is not None else None

    def set_search_hits(self, hits: Iterable) -> int:
        """Mark the events whose provision (or document) has a hit of the current query.

        `hits` holds (doc_id, provision_id) pairs or objects with those attributes
        (the search results' hits); each call replaces the previous marks, and an
        empty one clears them. Returns the number of events marked.
        """
        hits = list(hits)
        marked = self.scene.set_hits(hits)
        if not hits:
            self._hits_note = ""
        else:
            self._hits_note = self.tr("{0} search hits · {1} events marked").format(
                len(hits), marked
            )
        self.legend.set_note(self._hits_note)
        self.canvas.relayout()
        return marked

    def clear_search_hits(self) -> None:
        self.set_search_hits([])

    def marked_items(self) -> list[EventItem]:
        return [item for item in self.scene.items_ if item.hits]

    def filters(self) -> tuple[set[str], set[str]]:
        """The organisations (lanes) and kinds shown."""
        return set(self.scene.organisations), set(self.scene.kinds)

    def set_filters(
        self, organisations: Iterable[str] | None = None, kinds: Iterable[str] | None = None
    ) -> None:
        """Show only these lanes and kinds of event (None: all of them)."""
        self.scene.set_filters(organisations, kinds)
        for lane, box in self.lane_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(lane in self.scene.organisations)
        for kind, action in self.kind_actions.items():
            with QSignalBlocker(action):
                action.setChecked(kind in self.scene.kinds)
        self._update_kinds_button()
        current = self.canvas.current
        self.canvas.relayout()
        self.canvas.set_current(current, ensure_visible=False)

    def zoom_in(self) -> None:
        self.canvas.zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.canvas.zoom(1 / ZOOM_STEP)

    def fit_all(self) -> None:
        self.canvas.fit_all()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        return self.canvas.visible_range()

    def export_image(self, path: str | Path) -> Path:
        """Save the timeline as PNG or PDF, by the file's extension; raises ValueError, OSError."""
        return export(self.canvas, path, self._hits_note)

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the timeline"),
            str(Path(self.folders.save_start()) / "timeline.png"),
            self.tr("PNG image (*.png);;PDF document (*.pdf)"),
        )
        if not path:
            return
        if Path(path).suffix.lower() not in (".png", ".pdf"):
            path += ".png"
        try:
            saved = self.export_image(path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Export failed"), literal(str(error)))
            return
        self.folders.saved(saved)
        self.status_message.emit(self.tr("Timeline saved to {0}").format(saved))

    # -- internals -------------------------------------------------------------------------------

    def _activated(self, index: int) -> None:
        event = self.scene.events[index]
        self.open_provision_requested.emit(event.doc_id, event.provision_id or "")

    def _current_changed(self, index: int) -> None:
        if index >= 0:
            self.status_message.emit(text.accessible_text(self.scene.events[index]))

    def _filters_edited(self, *_args) -> None:
        organisations = {lane for lane, box in self.lane_boxes.items() if box.isChecked()}
        kinds = {kind for kind, action in self.kind_actions.items() if action.isChecked()}
        self.set_filters(organisations, kinds)

    def _all_kinds(self) -> None:
        self.set_filters(self.scene.organisations, None)

    def _update_kinds_button(self) -> None:
        shown = sum(1 for action in self.kind_actions.values() if action.isChecked())
        total = len(self.kind_actions)
        if shown == total:
            self.kinds_button.setText(self.tr("All kinds of event"))
        else:
            self.kinds_button.setText(self.tr("{0} of {1} kinds").format(shown, total))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in THEME_EVENTS:
            self._restyle()
        elif event.type() == QEvent.Type.FontChange:
            self.look.set_font(self.font())
            self.scene.metrics_changed()
            self.canvas.relayout()

    def _restyle(self) -> None:
        """Take the colours of the current palette (the light or dark theme)."""
        if self._styling:
            return
        self._styling = True
        try:
            self.look.colours = Colours.from_palette(self.palette())
            self.canvas.setBackgroundBrush(self.look.colours.base)
            for lane, box in self.lane_boxes.items():
                box.setIcon(_swatch(self.look.colours.lane(lane)))
            self.canvas.viewport().update()
            self.scene.update()
            self.legend.update()
        finally:
            self._styling = False


class FilterBar(QFrame):
    """The strip above the timeline (filters, zoom, export), with a rule under it."""

    def __init__(self, look: Look, parent=None) -> None:
        super().__init__(parent)
        self.look = look
        self.setObjectName("timelineBar")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.look.colours.border)
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        painter.end()


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(1, 1, 10, 10, 3, 3)
    painter.end()
    return QIcon(pixmap)
