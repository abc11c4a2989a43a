"""The view onto the timeline scene: zoom, pan, keyboard focus between events, clicks.

There is no view transform: zooming lays the scene out again at another number
of pixels per day, keeping the day under the cursor (or the current event) in
place. Drag pans (ScrollHandDrag); a press and release without a drag on an
event activates it.

Keys: Tab / Shift+Tab, Left / Right step through events by date (Tab leaves the
timeline after the last one); Up / Down go to the nearest event of the lane
above or below; Home / End go to the first and last event; Enter or Space opens
the current event; + and - zoom, 0 fits all; Shift+arrows and Page Up / Page
Down pan. Wheel (or Ctrl+wheel) zooms at the cursor; Shift+wheel and a
horizontal wheel pan.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView

from ictviewer.ui.timeline.items import AXIS_H, GUTTER, EventItem
from ictviewer.ui.timeline.scene import MAX_PPD, TimelineScene

ZOOM_STEP = 1.25
K = Qt.Key
KEYS = {
    K.Key_Left, K.Key_Right, K.Key_Up, K.Key_Down, K.Key_Home, K.Key_End, K.Key_Return,
    K.Key_Enter, K.Key_Space, K.Key_Plus, K.Key_Minus, K.Key_Equal, K.Key_0, K.Key_PageUp,
    K.Key_PageDown,
}  # fmt: skip


class TimelineCanvas(QGraphicsView):
    activated = Signal(int)  # index of the event in the scene's events
    current_changed = Signal(int)  # -1 when none
    zoom_changed = Signal(float)  # pixels per day

    def __init__(self, scene: TimelineScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.current = -1
        self.fitted = True  # while fitted, a resize fits again
        self._press: QPoint | None = None
        self.setObjectName("timelineCanvas")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 200)

    # -- geometry ----------------------------------------------------------------------------

    def ppd(self) -> float:
        return self.timeline.scale.ppd

    def fit_all(self) -> None:
        """Zoom so that every shown event, with its label, fits in the view."""
        for _ in range(3):  # scroll bars may come or go with the layout
            width = self.viewport().width()
            self._layout(self.timeline.fit_ppd(width))
            if self.viewport().width() == width:
                break
        self.horizontalScrollBar().setValue(0)
        self.verticalScrollBar().setValue(0)
        self.fitted = True
        self.zoom_changed.emit(self.ppd())

    def zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom by `factor`, keeping the day at `anchor` (viewport x) where it is."""
        if anchor is None:
            item = self.current_item()
            centre = self.mapFromScene(item.glyph_pos()) if item else None
            inside = centre is not None and GUTTER < centre.x() < self.viewport().width()
            anchor = QPointF(centre) if inside else QPointF(self._middle_x(), 0)
        fit = self.timeline.fit_ppd(self.viewport().width())
        ppd = max(min(fit, self.ppd()), min(self.ppd() * factor, MAX_PPD))
        if abs(ppd - self.ppd()) < 1e-9:
            return
        scene_x = self.mapToScene(anchor.toPoint()).x()
        days = (scene_x - self.timeline.scale.left) / self.ppd()
        self._layout(ppd)
        new_x = self.timeline.scale.left + days * ppd
        self.horizontalScrollBar().setValue(round(new_x - anchor.x()))
        self.fitted = ppd <= fit * 1.0001
        self.zoom_changed.emit(ppd)

    def _middle_x(self) -> float:
        return GUTTER + (self.viewport().width() - GUTTER) / 2

    def _layout(self, ppd: float) -> None:
        size = self.viewport().size()
        self.timeline.relayout(ppd, (size.width(), size.height()))
        self._pin()

    def relayout(self) -> None:
        """Lay out again at the same zoom (after filters or search hits changed)."""
        if self.fitted:
            self.fit_all()
            return
        value = self.horizontalScrollBar().value()
        self._layout(self.ppd())
        self.horizontalScrollBar().setValue(value)

    def restore_layout(self, ppd: float, fitted: bool, scroll: tuple[int, int]) -> None:
        """Lay out again at a zoom and scroll position saved before (an export changes them)."""
        self.fitted = fitted
        if fitted:
            self.fit_all()
            return
        self._layout(ppd)
        self.horizontalScrollBar().setValue(scroll[0])
        self.verticalScrollBar().setValue(scroll[1])
        self._pin()

    def visible_range(self) -> tuple[dt.date, dt.date]:
        """The first and last day the view shows (right of the lane headers)."""
        left = self.mapToScene(QPoint(int(GUTTER), 0)).x()
        right = self.mapToScene(QPoint(self.viewport().width(), 0)).x()
        return self.timeline.scale.day_at(left), self.timeline.scale.day_at(right)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def centre_on(self, item: EventItem) -> None:
        pos = item.glyph_pos()
        self.horizontalScrollBar().setValue(round(pos.x() - self._middle_x()))
        middle = AXIS_H + (self.viewport().height() - AXIS_H) / 2
        self.verticalScrollBar().setValue(round(pos.y() - middle))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin()

    def _pin(self) -> None:
        if self.scene() is not self.timeline:
            return  # being torn down
        corner = self.mapToScene(QPoint(0, 0))
        self.timeline.pin(max(0.0, corner.x()), max(0.0, corner.y()))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self.fit_all()
        else:
            self.relayout()

    # -- current event -----------------------------------------------------------------------

    def current_item(self) -> EventItem | None:
        if 0 <= self.current < len(self.timeline.items_):
            item = self.timeline.items_[self.current]
            return item if self.timeline.shown(item) else None
        return None

    def set_current(self, index: int, ensure_visible: bool = True) -> None:
        old = self.current_item()
        if old is not None:
            old.set_current(False)
        self.current = index
        item = self.current_item()
        if item is None:
            self.current = -1
        else:
            item.set_current(True)
            if ensure_visible:
                self._ensure_visible(item)
            self.setAccessibleDescription(item.event.label)
        self.current_changed.emit(self.current)

    def _ensure_visible(self, item: EventItem) -> None:
        rect = item.sceneBoundingRect()
        rect.setWidth(min(rect.width(), self.viewport().width() - GUTTER - 40))
        view = self.visible_scene_rect()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if rect.left() < view.left() + GUTTER + 10:
            h.setValue(round(rect.left() - GUTTER - 30))
        elif rect.right() > view.right() - 10:
            h.setValue(round(rect.right() - self.viewport().width() + 30))
        if rect.top() < view.top() + AXIS_H:
            v.setValue(round(rect.top() - AXIS_H - 8))
        elif rect.bottom() > view.bottom():
            v.setValue(round(rect.bottom() - self.viewport().height() + 8))

    def step(self, offset: int) -> bool:
        """Move to the previous or next event by date; False at either end."""
        items = self.timeline.visible_items()
        if not items:
            return False
        item = self.current_item()
        if item is None:
            self.set_current(self._first_in_view(items).index)
            return True
        at = items.index(item) + offset
        if not 0 <= at < len(items):
            return False
        self.set_current(items[at].index)
        return True

    def _first_in_view(self, items: list[EventItem]) -> EventItem:
        left = self.visible_scene_rect().left() + GUTTER
        return next((i for i in items if i.glyph_pos().x() >= left), items[0])

    def step_lane(self, offset: int) -> None:
        item = self.current_item()
        lanes = self.timeline.shown_lanes()
        if item is None or not lanes:
            self.step(1)
            return
        at = lanes.index(item.event.organisation) + offset
        while 0 <= at < len(lanes):
            others = self.timeline.lane_items(lanes[at])
            if others:
                x = item.glyph_pos().x()
                self.set_current(min(others, key=lambda o: abs(o.glyph_pos().x() - x)).index)
                return
            at += offset

    # -- events ------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._handles(event):
            event.accept()  # our keys beat the window's shortcuts while the timeline has focus
            return True
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if key in (K.Key_Tab, K.Key_Backtab) and plain:
                back = key == K.Key_Backtab or bool(
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                )
                if self.step(-1 if back else 1):
                    return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (K.Key_Plus, K.Key_Minus, K.Key_Equal, K.Key_0):
            return mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier)
        return event.key() in KEYS and mods == Qt.KeyboardModifier.NoModifier

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        page = self.viewport().width() - GUTTER
        if key in (K.Key_Left, K.Key_Right) and shift:
            h.setValue(h.value() + (page // 8) * (1 if key == K.Key_Right else -1))
        elif key in (K.Key_Up, K.Key_Down) and shift:
            v.setValue(v.value() + 40 * (1 if key == K.Key_Down else -1))
        elif key in (K.Key_Left, K.Key_Right):
            self.step(1 if key == K.Key_Right else -1)
        elif key in (K.Key_Up, K.Key_Down):
            self.step_lane(1 if key == K.Key_Down else -1)
        elif key in (K.Key_Home, K.Key_End):
            items = self.timeline.visible_items()
            if items:
                self.set_current(items[0 if key == K.Key_Home else -1].index)
        elif key in (K.Key_PageUp, K.Key_PageDown):
            h.setValue(h.value() + int(page * 0.9) * (1 if key == K.Key_PageDown else -1))
        elif key in (K.Key_Return, K.Key_Enter, K.Key_Space):
            if self.current_item() is not None:
                self.activated.emit(self.current)
        elif key in (K.Key_Plus, K.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key == K.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        elif key == K.Key_0:
            self.fit_all()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if delta.x() or shift:  # a horizontal wheel, or Shift: pan in time
            amount = delta.x() or delta.y()
            h = self.horizontalScrollBar()
            h.setValue(h.value() - amount)
        elif delta.y():
            self.zoom(ZOOM_STEP ** (delta.y() / 120), event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() >= QApplication.startDragDistance():
            return  # that was a drag
        item = self.event_item_at(pos)
        if item is not None:
            self.set_current(item.index, ensure_visible=False)
            self.activated.emit(item.index)

    def event_item_at(self, pos: QPoint) -> EventItem | None:
        for item in self.items(pos):
            if isinstance(item, EventItem):
                return item
            if item.zValue() >= 10:  # the axis, a lane header or the corner is on top
                return None
        return None

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.timeline.look.focus_visible = True
        if self.current_item() is None and event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
            Qt.FocusReason.OtherFocusReason,
        ):
            self.step(1)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.timeline.look.focus_visible = False
        self.viewport().update()
