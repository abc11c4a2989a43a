"""How a comparison looks: theme, zoom, font, the legend's choices and the query's matches.

A mixin of `CompareView`, kept apart from `view.py` (which builds the page,
computes the comparison off the GUI thread and scrolls the panes in step) so that
neither grows past ~400 lines (#11). Every change of appearance ends in
`_rerender`, which hands both panes their `PaneOptions` and the legend its key;
the colours follow the application's palette when the theme changes under the
view (`palette_scheme`).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from ictviewer.ui.browser import PageFont
from ictviewer.ui.compare.pane import ComparePane
from ictviewer.ui.compare.render import PaneOptions, key_html
from ictviewer.ui.zoom import apply_zoom


def palette_scheme(palette: QPalette) -> str:
    """ "dark" when the palette paints text areas dark (theme.apply sets it), else "light"."""
    return "dark" if palette.color(QPalette.ColorRole.Base).lightness() < 128 else "light"


class CompareAppearance:
    """`CompareView`'s marking up of its two panes and its legend."""

    def set_legend_visible(self, visible: bool) -> None:
        """Show or hide the legend (the user's choice): hidden, the texts share its width."""
        self.legend.want(visible)

    def set_appearance(self, scheme: str, zoom: int | None = None) -> None:
        """Theme ("light"/"dark") and zoom (percent), as the reader takes them."""
        self.scheme = scheme
        if zoom is not None:
            self.zoom = zoom
            apply_zoom(zoom, self.legend, self.matrix)
        self.legend.model.set_scheme(scheme)
        self.matrix.model.set_scheme(scheme)
        self._rerender()

    def set_font(self, font: PageFont) -> None:
        """The reading font the user chose (Preferences ▸ Reader), on both sides."""
        if font != self.font:
            self.font = font
            self._rerender()

    def set_match_query(self, query: str) -> None:
        """Mark the words `query` matches in both texts ("" for none), as the reader does."""
        if query != self.match_query:
            self.match_query = query
            self._rerender()

    def _options(self, pane: ComparePane, other: ComparePane) -> PaneOptions:
        document = other.document
        return PaneOptions(
            scheme=self.scheme,
            zoom=self.zoom,
            font=self.font,
            changes=self.changes_mode,
            hidden=self.legend.model.hidden,
            styles=self.legend.model.styles,
            passages=self.legend.passages.isChecked(),
            other_title=document.short_title if document else "",
            other_labels={p.id: p.label for p in document.provisions} if document else {},
            match_query=self.match_query,
        )

    def _rerender(self) -> None:
        result = self.result
        with self._still():
            for pane, other in ((self.left, self.right), (self.right, self.left)):
                marks = None if result is None else getattr(result, pane.side)
                pane.set_marks(marks, self._options(pane, other))
        titles = (self.left.document, self.right.document)
        self.legend.set_key(
            key_html(self.scheme, self.changes_mode, *(d.short_title if d else "" for d in titles))
        )

    def _changes_toggled(self, on: bool) -> None:
        self.legend.set_changes_mode(on)
        self._rerender()

    def _legend_toggled(self, visible: bool) -> None:
        if self.legend.toggle(visible):  # remembered only when the width leaves a choice
            self.legend_toggled.emit(visible)

    def _hidden_changed(self, _hidden: frozenset[str]) -> None:
        self._remember_hidden()
        self._rerender()

    def _remember_hidden(self) -> None:
        if self.result is not None:
            c = self.result.comparison
            self._hidden[(c.left, c.right)] = self.legend.model.hidden

    def _follow_palette(self) -> None:
        self._palette_check = False
        scheme = palette_scheme(self.palette())
        if scheme != self.scheme:
            self.set_appearance(scheme)
